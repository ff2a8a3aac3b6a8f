"""Oversight reports computed from the accountability log (docs/reports.md defines every figure).

cases.py (case states from decision entries) · figures.py (one cohort's figures) · monthly.py (the
monthly report) · sampling.py (reproducible spot checks with inclusion proofs) · render*.py, svg.py,
labels.py (md, html, csv, json) · source.py (verify the log and read a checkpoint's entries: I/O) ·
http.py (`report_routes`, the auditor endpoints).
"""

from plugin.reports.monthly import CheckpointInfo, Month, MonthlyReport, build_monthly
from plugin.reports.sampling import SpotCheck, build_spot_check, draw

__all__ = ["CheckpointInfo", "Month", "MonthlyReport", "SpotCheck", "build_monthly", "build_spot_check", "draw"]
