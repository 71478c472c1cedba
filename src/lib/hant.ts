/**
 * Traditional Chinese (Taiwan phrases) generated from the Simplified text at build time with OpenCC, so
 * nothing is stored twice. Markup is safe to convert whole: OpenCC only maps CJK characters and phrases,
 * and tags, attribute names, URLs and English are ASCII, which it leaves alone.
 */
import * as OpenCC from 'opencc-js/cn2t';

let converter: ((text: string) => string) | undefined;

/** Simplified → Traditional with Taiwan phrasing (e.g. 软件 → 軟體). */
export function toTraditional(text: string): string {
  converter ??= OpenCC.Converter({ from: 'cn', to: 'twp' });
  return converter(text);
}

/** Converts rendered HTML, leaving <script> and <style> blocks untouched. */
export function htmlToTraditional(html: string): string {
  return html
    .split(/(<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>)/i)
    .map((chunk, index) => (index % 2 === 1 ? chunk : toTraditional(chunk)))
    .join('');
}
