"""Language-independent classes and rules: supervisory authorities and law names (any language)."""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "*"
SUFFIXES = ("",)
FUZZY = ()

CLASSES = {
    # Supervisory authorities by name (LEGAL.md list) and the generic terms in six languages.
    "DPA": "ico information_commissioner* cnil apd gba gegevensbeschermingsautoriteit autoriteit_persoonsgegevens "
    "bfdi lfdi landesdatenschutz* landesbeauftragte* bundesdatenschutzbeauftragte* datenschutzbehorde* "
    "datenschutzaufsicht* aufsichtsbehorde* aepd agencia_espanola_de_proteccion_de_datos garante_privacy "
    "garante_per_la_protezione* garante_della_privacy il_garante al_garante dpc data_protection_commission* cnpd "
    "edpb edps supervisory_authority data_protection_authority data_protection_regulator autorite_de_controle "
    "autorite_de_protection_des_donnees toezichthouder privacy_toezichthouder autoridad_de_control "
    "autoridad_de_proteccion_de_datos autorita_di_controllo autorita_garante dsb pfpdt edoeb prepose_federal "
    "incaricato_federale eidgenossisch*",
}

RULES = (spec("dpa_complaint.authority", "dpa_complaint", "DPA"),)
