#!/usr/bin/env bash
# A real LSP client against `finsam lsp`: Neovim, headless, with its built-in client, opens a
# plan and prints the diagnostics it received, then `finsam validate`'s findings for the same
# file, and compares the two (line, column, severity, rule and message; Neovim's byte columns
# are turned back into validate's character columns).
#
# Usage: scripts/check-nvim-lsp.sh [PLAN.json...]   (default: every plan in Fixtures/plans)
# Needs Neovim 0.7 or later (Debian: apt-get install neovim); says it skipped when it is missing.
# Exit 0 when every plan's diagnostics equal validate's findings, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v nvim > /dev/null; then
  echo "skipped: nvim is not installed (apt-get install neovim)"
  exit 0
fi
swift build --product finsam > /dev/null
finsam="$PWD/.build/debug/finsam"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cat > "$work/client.lua" <<'LUA'
-- Opens FINSAM_PLAN, starts `finsam lsp` for it, waits for diagnostics, writes them to FINSAM_OUT
-- in validate's text form (without the JSON Pointer): file:line:column: severity[rule]: message
local plan, out, finsam = os.getenv('FINSAM_PLAN'), os.getenv('FINSAM_OUT'), os.getenv('FINSAM_BIN')
vim.cmd('edit ' .. vim.fn.fnameescape(plan))
local buffer = vim.api.nvim_get_current_buf()
local received = false
local client = vim.lsp.start_client({
  name = 'finsam', cmd = { finsam, 'lsp' }, root_dir = vim.fn.getcwd(),
  init_options = { language = 'en' },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      received = true
    end,
  },
})
vim.lsp.buf_attach_client(buffer, client)
if not vim.wait(20000, function() return received end, 20) then
  io.stderr:write('no diagnostics from finsam lsp within 20 s\n')
  vim.cmd('cquit 1')
end
local words = { [1] = 'error', [2] = 'warning', [3] = 'info', [4] = 'hint' }
local lines = {}
for _, d in ipairs(vim.diagnostic.get(buffer)) do
  local text = vim.api.nvim_buf_get_lines(buffer, d.lnum, d.lnum + 1, false)[1] or ''
  -- Neovim keeps byte columns; validate counts characters from 1.
  local column = vim.fn.strchars(text:sub(1, d.col)) + 1
  local lsp = d.user_data and d.user_data.lsp or {}
  local code = d.code or lsp.code or '?'
  table.insert(lines, string.format('%s:%d:%d: %s[%s]: %s', plan, d.lnum + 1, column, words[d.severity], code, d.message))
end
local file = io.open(out, 'w')
file:write(table.concat(lines, '\n') .. (#lines > 0 and '\n' or ''))
file:close()
vim.lsp.stop_client(client)
vim.cmd('qall!')
LUA

status=0
plans=("$@")
if [ ${#plans[@]} -eq 0 ]; then plans=(Fixtures/plans/*.json); fi
for plan in "${plans[@]}"; do
  FINSAM_PLAN="$plan" FINSAM_OUT="$work/nvim.txt" FINSAM_BIN="$finsam" FINSAM_TODAY="${FINSAM_TODAY:-}" \
    nvim --headless --clean -c "luafile $work/client.lua" > /dev/null 2> "$work/nvim.err" || {
      echo "$plan: Neovim failed:"; cat "$work/nvim.err"; status=1; continue; }
  LC_ALL=C LANG=C "$finsam" validate "$plan" | grep -E '^[^ ]+:[0-9]+:[0-9]+: ' | sed -E 's/ \[[^]]*\]$//' | sort > "$work/validate.txt" || true
  sort "$work/nvim.txt" > "$work/nvim-sorted.txt"
  echo "== $plan: diagnostics Neovim received from finsam lsp"
  cat "$work/nvim-sorted.txt"
  if diff -u "$work/validate.txt" "$work/nvim-sorted.txt" > "$work/diff.txt"; then
    echo "   same as finsam validate ($(wc -l < "$work/validate.txt") findings)"
  else
    echo "   DIFFERENT from finsam validate:"; cat "$work/diff.txt"; status=1
  fi
done
exit $status
