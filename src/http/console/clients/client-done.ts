/**
 * The words each action's `?done=` may put on the page, by the section it
 * leads back to: they are shown there, where the page opens after the action.
 */
export const doneIn = {
  thread: [
    'client-reply-sent',
    'client-reply-to-interpreter',
    'client-original-sent',
    'client-original-already-sent',
    'client-translation-to-mentor',
    'client-translation-kept',
    'client-translation-to-client',
  ],
  tasks: ['client-task-created', 'client-task-approved', 'client-task-redo', 'client-task-cancelled'],
  notes: ['client-note-saved'],
  profile: ['client-profile-saved', 'client-checkins-saved', 'client-checkins-resumed', 'client-consent-recorded'],
  access: ['client-invite-revoked', 'client-account-revoked'],
  history: ['client-reassigned'],
  interpreter: ['client-interpreter-assigned', 'client-interpreter-removed'],
} as const;
