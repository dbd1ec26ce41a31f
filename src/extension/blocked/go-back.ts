/**
 * Back leaves: the network rule redirected the blocked request, so the previous history entry is
 * the page the user came from. With no history (a new tab), the tab closes instead.
 */
export function goBack(): void {
  if (history.length > 1) history.back();
  else window.close();
}
