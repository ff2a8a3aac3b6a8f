"""Pure domain: rights, classification, deadlines, decisions. No clock, env, disk or network here."""
