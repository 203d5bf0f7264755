#!/usr/bin/env bash
# Regenerates the SQLite store's EF Core compiled model (core/ComplaintsAssistant.Store.Sqlite/CompiledModel/) from
# CasesDbContext. Run it after adding a migration, or after merging branches that added some; commit what it writes.
# CompiledModelTests fails while the committed model is stale.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
dotnet tool restore >/dev/null
rm -rf core/ComplaintsAssistant.Store.Sqlite/CompiledModel
dotnet dotnet-ef dbcontext optimize --project core/ComplaintsAssistant.Store.Sqlite --context CasesDbContext \
  --output-dir CompiledModel --namespace ComplaintsAssistant.Store.Sqlite.CompiledModel
