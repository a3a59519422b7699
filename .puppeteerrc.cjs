/** Mentorline drives Debian's Chromium (WHATSAPP_CHROMIUM_PATH); npm install must never download a browser. */
module.exports = { skipDownload: true };
