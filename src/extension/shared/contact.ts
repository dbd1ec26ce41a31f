/** mailto: for an e-mail address, the link itself for an https link, otherwise null (plain text). */
export function contactHref(contact: string): string | null {
  if (/^[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}$/i.test(contact)) return `mailto:${contact}`;
  if (/^https:\/\/\S+$/.test(contact)) return contact;
  return null;
}
