/** How the WhatsApp Web session is run, from WHATSAPP_* settings. */
export interface WhatsAppConfig {
  /** The Chromium (or Chrome) binary that runs WhatsApp Web. */
  chromiumPath: string;
  /** Where LocalAuth keeps the linked session, under DATA_DIR. */
  sessionDir: string;
  /** E.164 number to link by pairing code instead of a QR code, when set. */
  pairingPhone: string | undefined;
}
