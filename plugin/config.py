"""Settings: one pydantic-settings class, env prefix GDPR_DESK_, built at the composition root.

Every field here is documented in README.md ("Settings"); tests check that the two agree.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ExtensionRule = Literal["receipt_plus_3_months", "due_plus_2_months"]


class SettingsError(Exception):
    """A setting is missing or invalid; the message names the environment variable."""


class Settings(BaseSettings):
    """All configuration of gdpr-desk. Secrets are SecretStr and never logged."""

    model_config = SettingsConfigDict(
        env_prefix="GDPR_DESK_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
    )

    # --- storage -------------------------------------------------------------------------------
    data_dir: Path = Field(Path("data"), description="Directory for the SQLite file and generated keys.")
    database_url: str | None = Field(
        None,
        description="`sqlite:///path` or `postgresql://…`; default a SQLite file in the data dir.",
    )

    # --- HTTP server -----------------------------------------------------------------------------
    host: str = Field("127.0.0.1", description="Address the service listens on.")
    port: int = Field(8080, ge=1, le=65535, description="Port the service listens on.")
    public_url: str | None = Field(
        None,
        description="Where the helpdesk reaches the service (webhook endpoint base).",
    )
    log_level: Literal["debug", "info", "warning", "error"] = Field("info", description="Log level.")

    # --- webhook intake --------------------------------------------------------------------------
    webhook_secret: SecretStr | None = Field(
        None,
        description="Signing secret of the Zendesk webhook (required to serve).",
    )
    webhook_tolerance_seconds: int = Field(
        300,
        ge=1,
        description="Largest accepted age (and clock skew) of a webhook signature timestamp.",
    )
    max_body_bytes: int = Field(262_144, ge=1024, description="Largest accepted webhook body.")
    intake_batch_max: int = Field(
        256,
        ge=1,
        description="Most webhooks committed together in one transaction (group commit).",
    )

    # --- Zendesk ---------------------------------------------------------------------------------
    zendesk_subdomain: str | None = Field(None, description="`acme` for https://acme.zendesk.com.")
    zendesk_url: str | None = Field(
        None,
        description="API base URL; overrides the subdomain (e.g. a local stand-in).",
    )
    zendesk_email: str | None = Field(None, description="Agent e-mail for API-token authentication.")
    zendesk_api_token: SecretStr | None = Field(None, description="Zendesk API token.")
    zendesk_oauth_token: SecretStr | None = Field(None, description="OAuth bearer token (instead of API token).")
    zendesk_requests_per_minute: int = Field(
        400,
        ge=1,
        description="The plan's API requests per minute (Team 200, Professional 400, …).",
    )
    zendesk_timeout_seconds: float = Field(10.0, gt=0, description="Timeout of one API request.")
    zendesk_retry_deadline_seconds: float = Field(
        300.0,
        gt=0,
        description="Give up retrying a failing API call after this long.",
    )

    # --- legal rules -----------------------------------------------------------------------------
    country: str = Field("BE", description="Controller's country (ISO 3166-1): holidays, authority.")
    subdivision: str | None = Field(None, description="Region for regional holidays (e.g. BY in DE).")
    timezone: str = Field("Europe/Brussels", description="Controller's time zone; receipt dates are local.")
    extension_rule: ExtensionRule = Field(
        "receipt_plus_3_months",
        description="Extended deadline: receipt + 3 months, or due date + 2 months.",
    )
    suspend_on_id_request: bool = Field(
        True,
        description="Suspend the deadline while waiting for identification (EDPB 01/2022 §159).",
    )
    due_soon_days: int = Field(5, ge=0, description="Days before the due date that mark a case due soon.")
    sweep_interval_seconds: int = Field(3600, ge=10, description="How often the deadline sweeper runs.")
    tag_prefix: str = Field("gdpr_", description="Prefix of every tag the service sets.")
    escalation_group_id: int | None = Field(
        None,
        description="Helpdesk group (legal/DPO) that escalated tickets are assigned to.",
    )
    default_language: str = Field("en", description="Language of notes when the ticket's is unknown.")
    company_name: str = Field("our company", description="The controller's name, as macros show it to customers.")
    app_shared_secret: SecretStr | None = Field(
        None, description="Zendesk app's secure `shared_secret` (sidebar data)."
    )

    # --- accountability log ----------------------------------------------------------------------
    pseudonym_key: SecretStr | None = Field(
        None,
        description="HMAC key for pseudonymous references; default a generated key file in the data dir.",
    )
    log_origin: str = Field("gdpr-desk.local/log", description="Origin line of the signed checkpoints.")
    log_signing_key: SecretStr | None = Field(
        None,
        description="Ed25519 checkpoint signing key (note format); default a generated key file.",
    )

    # --- worker ----------------------------------------------------------------------------------
    worker_enabled: bool = Field(True, description="Run the inbox worker inside `serve`.")
    worker_concurrency: int = Field(4, ge=1, description="Tickets processed at once by one instance.")
    worker_lease_seconds: int = Field(
        600,
        ge=5,
        description="How long a claimed event stays reserved for its worker (longer than an API retry deadline).",
    )
    worker_max_attempts: int = Field(12, ge=1, description="Attempts before an event becomes a dead letter.")

    @field_validator("country")
    @classmethod
    def _upper_country(cls, value: str) -> str:
        value = value.strip().upper()
        if len(value) != 2 or not value.isalpha():
            raise ValueError("must be a two-letter ISO 3166-1 country code")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @model_validator(mode="after")
    def _database_scheme(self) -> Settings:
        url = self.database_url
        if url and not url.startswith(("sqlite:///", "postgresql://", "postgres://")):
            raise ValueError("GDPR_DESK_DATABASE_URL must start with sqlite:/// or postgresql://")
        return self

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'gdpr-desk.sqlite3'}"

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def require(self, *names: str) -> None:
        """Raise SettingsError naming the first of these settings that is not set."""
        for name in names:
            value = getattr(self, name)
            if value is None or (isinstance(value, SecretStr) and not value.get_secret_value()):
                raise SettingsError(f"GDPR_DESK_{name.upper()} is not set")


def load_settings(**overrides: object) -> Settings:
    """Build Settings from env/.env; a validation failure becomes a one-line SettingsError."""
    from pydantic import ValidationError

    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else ""
        name = f"GDPR_DESK_{field.upper()}" if field else "settings"
        raise SettingsError(f"{name}: {first['msg']}") from None
