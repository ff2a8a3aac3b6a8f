"""gdpr-desk: GDPR request handling for customer-service helpdesks."""

__version__ = "0.1.0"
