import QRCode from 'qrcode';

/** Draws the linking QR code in the terminal, for whoever watches the service's output. */
export function printQrToTerminal(qr: string): void {
  QRCode.toString(qr, { type: 'terminal', small: true })
    .then((drawing) => process.stdout.write(`\nScan with WhatsApp on the agency phone (Settings → Linked devices):\n${drawing}\n`))
    .catch(() => undefined);
}
