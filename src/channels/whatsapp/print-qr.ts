import QRCode from 'qrcode';

/** Draws the linking QR code in the terminal, for whoever watches the service's output. */
export function printQrToTerminal(qr: string, out: NodeJS.WritableStream = process.stdout): void {
  QRCode.toString(qr, { type: 'terminal', small: true })
    .then((drawing) => out.write(`\nScan with WhatsApp on the agency phone (Settings → Linked devices):\n${drawing}\n`))
    .catch(() => undefined);
}
