/** Exports a drawn chart as a file people can put in a slide or a document. */

/** The chart's SVG as a standalone document: sized, with a white background and the XML namespace. */
function standaloneSvg(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(width)));
  copy.setAttribute('height', String(Math.round(height)));
  copy.setAttribute('font-family', 'system-ui, sans-serif');
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  copy.insertBefore(background, copy.firstChild);
  return { text: new XMLSerializer().serializeToString(copy), width, height };
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** A file name from a chart title: letters, digits and dashes. */
export const fileNameFor = (title: string, extension: string): string =>
  `${
    title
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'chart'
  }.${extension}`;

/** Downloads the chart drawn in `container` as SVG. */
export function exportSvg(container: HTMLElement, title: string): void {
  const svg = container.querySelector<SVGSVGElement>('.recharts-wrapper > svg');
  if (!svg) return;
  download(new Blob([standaloneSvg(svg).text], { type: 'image/svg+xml' }), fileNameFor(title, 'svg'));
}

/** Downloads the chart drawn in `container` as a PNG at twice its size on screen. */
export async function exportPng(container: HTMLElement, title: string): Promise<void> {
  const svg = container.querySelector<SVGSVGElement>('.recharts-wrapper > svg');
  if (!svg) return;
  const { text, width, height } = standaloneSvg(svg);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * 2);
  canvas.height = Math.round(height * 2);
  const context = canvas.getContext('2d');
  if (!context) return;
  context.scale(2, 2);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) download(blob, fileNameFor(title, 'png'));
}
