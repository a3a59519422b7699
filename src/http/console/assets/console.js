// The console's one script. Every page works without it; with it, a client's
// timeline keeps itself up to date, mood charts are drawn, and forms that
// cannot be undone ask first. Loaded from this origin only (the CSP allows
// nothing inline), so behaviour hangs on data- attributes.
'use strict';

const pollEveryMs = 5000;

/**
 * <ol data-live-src="/console/clients/<id>/timeline" data-live-since="<ISO>">:
 * asks for what happened since, as <li> elements, and appends them. The
 * answer's x-live-since header is where the next question starts.
 */
function keepLive(list) {
  let since = list.dataset.liveSince;
  let busy = false;
  const poll = async () => {
    if (busy || document.hidden) return;
    busy = true;
    try {
      const response = await fetch(`${list.dataset.liveSrc}?since=${encodeURIComponent(since)}`, {
        headers: { accept: 'text/html' },
        credentials: 'same-origin',
      });
      if (response.status === 401 || response.redirected) {
        window.location.reload();
        return;
      }
      if (!response.ok) return;
      since = response.headers.get('x-live-since') || since;
      const html = await response.text();
      if (html.trim() === '') return;
      const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
      const template = document.createElement('template');
      template.innerHTML = html;
      for (const item of template.content.querySelectorAll('li[data-key]')) {
        const existing = list.querySelector(`li[data-key="${CSS.escape(item.dataset.key)}"]`);
        if (existing) {
          keepWhatIsBeingWritten(existing, item);
          existing.replaceWith(item);
        } else list.append(item);
        enhanceForms(item);
      }
      if (atBottom) list.scrollTop = list.scrollHeight;
    } catch {
      // Offline for a moment: the next poll tries again.
    } finally {
      busy = false;
    }
  };
  list.scrollTop = list.scrollHeight;
  setInterval(poll, pollEveryMs);
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) void poll();
  });
}

/**
 * An entry that changed (translated, delivered) replaces itself; what someone
 * was typing in its form (a translation) and a form they had opened stay.
 */
function keepWhatIsBeingWritten(existing, replacement) {
  for (const typed of existing.querySelectorAll('textarea')) {
    const same = replacement.querySelector(`textarea[name="${CSS.escape(typed.name)}"]`);
    if (same && typed.value !== '') same.value = typed.value;
  }
  if (existing.querySelector('details[open]')) replacement.querySelectorAll('details').forEach((details) => (details.open = true));
  if (existing.contains(document.activeElement) && document.activeElement.name) {
    replacement.querySelector(`[name="${CSS.escape(document.activeElement.name)}"]`)?.focus();
  }
}

/** <canvas data-mood-chart='[{"date":"2026-11-02","mood":4}, …]'>: a client's moods as a line, gaps where unanswered. */
function drawMoodChart(canvas) {
  if (typeof window.Chart !== 'function') return;
  const points = JSON.parse(canvas.dataset.moodChart || '[]');
  const styles = getComputedStyle(document.documentElement);
  new window.Chart(canvas, {
    type: 'line',
    data: {
      labels: points.map((point) => point.date),
      datasets: [
        {
          label: canvas.dataset.label || '',
          data: points.map((point) => point.mood),
          borderColor: styles.getPropertyValue('--brand').trim() || '#1f5f8b',
          pointRadius: 2,
          spanGaps: false,
          tension: 0.25,
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { y: { min: 1, max: 5, ticks: { stepSize: 1 } }, x: { ticks: { maxTicksLimit: 8 } } },
    },
  });
}

/** <form data-confirm="Are you sure?">: asks before sending. */
function askFirst(form) {
  form.addEventListener('submit', (event) => {
    if (!window.confirm(form.dataset.confirm)) event.preventDefault();
  });
}

/** A form being sent cannot be sent twice by a second press. */
function sendOnce(form) {
  form.addEventListener('submit', (event) => {
    if (event.defaultPrevented) return;
    if (form.dataset.sending === 'yes') {
      event.preventDefault();
      return;
    }
    form.dataset.sending = 'yes';
  });
}

// Coming back to a page from the browser's history, its forms can be sent again.
window.addEventListener('pageshow', () => {
  document.querySelectorAll('form[data-sending]').forEach((form) => delete form.dataset.sending);
});

/** The forms of the page, or of an entry the timeline just put in it: those that cannot be undone ask first, and none goes twice. */
function enhanceForms(root) {
  root.querySelectorAll('form[data-confirm]').forEach(askFirst);
  root.querySelectorAll('form[method="post"]').forEach(sendOnce);
}

document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-live-src]').forEach(keepLive);
  document.querySelectorAll('canvas[data-mood-chart]').forEach(drawMoodChart);
  enhanceForms(document);
});
