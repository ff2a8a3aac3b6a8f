"""Adapters to helpdesks. Zendesk: `zendesk` (ticket updates), `fields` (field discovery),
`limiter` (pacing), `definitions` (what gdpr-desk needs in the helpdesk), `provision` (install)."""
