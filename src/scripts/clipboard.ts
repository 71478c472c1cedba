/**
 * Copying text, shared by the island and the site's small copy buttons. A browser may refuse (no permission,
 * no Clipboard API) or never answer at all (a pending permission prompt, a hung clipboard): both end as `false`
 * within COPY_TIMEOUT_MS, so the caller can always fall back to "select and copy by hand" and say so.
 */
export const COPY_TIMEOUT_MS = 2500;

export async function copyText(text: string, timeout = COPY_TIMEOUT_MS): Promise<boolean> {
  if (!navigator.clipboard?.writeText) return false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      navigator.clipboard.writeText(text).then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeout))),
    ]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
