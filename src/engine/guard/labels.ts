/** Plain names for each detector: the dialog's list and the placeholders that replace findings. */

const LABELS: Record<string, string> = {
  "aws-access-key": "AWS access key",
  "aws-secret-key": "AWS secret key",
  gcp: "Google Cloud key",
  "google-api-key": "Google API key",
  privatekey: "private key",
  npm: "npm token",
  basicauth: "password in a link",
  slack: "Slack token",
  sendgrid: "SendGrid key",
  shopify: "Shopify token",
  stripe: "Stripe key",
  github: "GitHub token",
  gitlab: "GitLab token",
  grafana: "Grafana token",
  openai: "OpenAI API key",
  anthropic: "Anthropic API key",
  groq: "Groq API key",
  huggingface: "Hugging Face token",
  linear: "Linear API key",
  notion: "Notion token",
  "1password": "1Password token",
  "database-connection-string": "database login",
  "hashicorp-vault": "Vault token",
  vercel: "Vercel token",
  databricks: "Databricks token",
  docker: "Docker password",
  figma: "Figma token",
  cloudflare: "Cloudflare token",
  tailscale: "Tailscale key",
  jwt: "access token (JWT)",
  card: "card number",
  iban: "IBAN",
  "email-list": "e-mail address",
  "phone-list": "phone number",
  marker: "confidential marker",
};

export function detectorLabel(detector: string): string {
  return LABELS[detector] ?? `${detector} secret`;
}

export function placeholder(detector: string): string {
  return `[${detectorLabel(detector)}]`;
}
