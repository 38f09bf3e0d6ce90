import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Document, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { inject } from 'vitest';
import type { ExtractColumn } from '../../src/contract/extract.ts';
import { createExtractClient, type ExtractClient } from '../../src/sdk/extract-client.ts';
import { freshEmbeddedStore, onEmbeddedStore } from './embedded-store.ts';
import './provided-context.ts';

/** The client of the server under test (or another one). */
export const extractClient = (baseUrl = inject('baseUrl')): ExtractClient => createExtractClient({ baseUrl });

/** A store of a test's own (for a server of its own): PGlite allows one process per store; PostgreSQL gets a fresh database. */
export async function ownStore(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (onEmbeddedStore()) return { env: freshEmbeddedStore(), drop: async () => undefined };
  const { createTestDatabase } = await import('../support/postgres.ts');
  const database = await createTestDatabase();
  return { env: { DATABASE_URL: database.url }, drop: database.drop };
}

/** A product catalogue schema: name (required, so items are merged by name), price, stock, tags. */
export const PRODUCT_COLUMNS: ExtractColumn[] = [
  { key: 'name', label: 'Name', type: 'text', required: true },
  { key: 'price', label: 'Price', type: 'number' },
  { key: 'in_stock', label: 'In stock', type: 'boolean' },
];

/** Lines the fake provider reads as items: "Name: Item 7; Price: 7.5; In stock: yes". */
export const productLines = (count: number, prefix = 'Item'): string[] =>
  Array.from(
    { length: count },
    (_, n) => `Name: ${prefix} ${n + 1}; Price: ${n + 1}.5; In stock: ${n % 2 ? 'yes' : 'no'}`,
  );

/** A PDF with a text layer, `perPage` product lines on each of `pages` pages. */
export async function productPdf(pages: number, perPage: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const lines = productLines(pages * perPage);
  for (let page = 0; page < pages; page++) {
    const sheet = pdf.addPage([595, 842]);
    for (let line = 0; line < perPage; line++) {
      sheet.drawText(lines[page * perPage + line] ?? '', { x: 40, y: 800 - line * 14, size: 10, font });
    }
  }
  return pdf.save();
}

/** A Word document with one paragraph per line. */
export async function docxOf(lines: string[]): Promise<Uint8Array> {
  const document = new Document({ sections: [{ children: lines.map((line) => new Paragraph(line)) }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A local web server answering every GET with this page (and 404 for /missing). */
export async function servePage(html: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    if (request.url === '/missing') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/catalog.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A two-page PDF: page 1 has a text layer (`textLines`), page 2 only a picture of a price list (a
 * PNG drawn with @napi-rs/canvas, the text in its pixels), as a scanner makes them.
 */
export async function scannedPdf(textLines: string[], pictured: string[]): Promise<Uint8Array> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const canvas = createCanvas(600, 200);
  const context = canvas.getContext('2d');
  context.fillStyle = 'white';
  context.fillRect(0, 0, 600, 200);
  context.fillStyle = 'black';
  context.font = '20px sans-serif';
  for (const [index, line] of pictured.entries()) context.fillText(line, 20, 40 + index * 30);
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const text = pdf.addPage([595, 842]);
  for (const [index, line] of textLines.entries())
    text.drawText(line, { x: 40, y: 800 - index * 14, size: 10, font });
  const picture = await pdf.embedPng(canvas.toBuffer('image/png'));
  pdf.addPage([595, 842]).drawImage(picture, { x: 0, y: 600, width: 595, height: 198 });
  return pdf.save();
}
