-- Run by language-server-neovim.test.ts inside a headless Neovim (0.7 or later)
-- with the draft as the current buffer: starts the language server as a user's
-- config would, waits for its findings, picks a code action by title through
-- vim.ui.select (as a user would from the menu), asks for a hover, and writes
-- what Neovim saw as JSON. Inputs come in the environment:
--   OUTREACH_LS        the server script
--   OUTREACH_OUT       where to write the JSON
--   OUTREACH_PICK      the code action title to choose
--   OUTREACH_LINE, OUTREACH_TEXT   the cursor goes to the first OUTREACH_TEXT on line OUTREACH_LINE (1-based)
--   OUTREACH_SETTINGS  optional JSON: the client's `settings` (answers workspace/configuration)

local env = vim.env
local report = { publishes = {}, offered = {}, log = {} }
local buf = vim.api.nvim_get_current_buf()

local function finish()
  local file = assert(io.open(env.OUTREACH_OUT, 'w'))
  file:write(vim.fn.json_encode(report))
  file:close()
  vim.cmd('qall!')
end

local function wait_for(what, condition)
  if not vim.wait(15000, condition, 20) then error('timed out waiting for ' .. what) end
end

-- Findings as Neovim holds them, with columns in UTF-16 code units (as the CLI counts)
-- converted back from Neovim's byte columns.
local function findings()
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local function utf16(line, byte)
    local text = lines[line + 1] or ''
    local _, units = vim.str_utfindex(text, math.min(byte, #text))
    return units
  end
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(found, {
      ruleId = d.code,
      severity = d.severity,
      message = d.message,
      line = d.lnum + 1,
      column = utf16(d.lnum, d.col) + 1,
      endLine = d.end_lnum + 1,
      endColumn = utf16(d.end_lnum, d.end_col) + 1,
    })
  end
  return found
end

local ok, failure = pcall(function()
  local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  local config = {
    name = 'outreach',
    cmd = { 'node', env.OUTREACH_LS },
    root_dir = vim.fn.getcwd(),
    get_language_id = function() return 'markdown' end,
    settings = env.OUTREACH_SETTINGS and vim.fn.json_decode(env.OUTREACH_SETTINGS) or nil,
    -- Neovim 0.7 answers workspace/configuration but does not say so, and sends no
    -- settings by itself; its docs ask configs to push them here, as nvim-lspconfig does.
    on_init = function(client)
      if next(client.config.settings or {}) then client.notify('workspace/didChangeConfiguration', { settings = client.config.settings }) end
    end,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, params, ctx, handler_config)
        table.insert(report.publishes, { version = params.version or vim.NIL, count = #params.diagnostics })
        return default_publish(err, params, ctx, handler_config)
      end,
      -- Keep messages out of the headless UI (a prompt would wait for a key).
      ['window/showMessageRequest'] = function(_, params) table.insert(report.log, params.message) return vim.NIL end,
      ['window/showMessage'] = function(_, params) table.insert(report.log, params.message) end,
    },
  }
  -- vim.lsp.start is 0.8+; Debian's 0.7 has start_client and buf_attach_client.
  if vim.lsp.start then
    vim.lsp.start(config)
  else
    vim.lsp.buf_attach_client(buf, vim.lsp.start_client(config))
  end

  wait_for('the first findings', function() return #report.publishes >= 1 end)
  report.before = findings()

  local line = tonumber(env.OUTREACH_LINE)
  local text = vim.api.nvim_buf_get_lines(buf, line - 1, line, false)[1]
  vim.api.nvim_win_set_cursor(0, { line, assert(text:find(env.OUTREACH_TEXT, 1, true), 'OUTREACH_TEXT not on OUTREACH_LINE') - 1 })

  local picked = false
  vim.ui.select = function(items, opts, on_choice)
    for index, item in ipairs(items) do
      local title = opts.format_item and opts.format_item(item) or tostring(item)
      table.insert(report.offered, title)
      if title == env.OUTREACH_PICK and not picked then
        picked = true
        on_choice(item, index)
      end
    end
    if not picked then on_choice(nil, nil) end
  end
  local publishes = #report.publishes
  vim.lsp.buf.code_action()
  wait_for('the code action menu', function() return #report.offered > 0 end)
  if not picked then error('no code action titled ' .. env.OUTREACH_PICK) end
  wait_for('findings after the fix', function() return #report.publishes > publishes end)
  report.text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
  report.after = findings()

  -- Hover over the first finding left.
  local first = vim.diagnostic.get(buf)[1]
  local first_line = vim.api.nvim_buf_get_lines(buf, first.lnum, first.lnum + 1, false)[1]
  local _, character = vim.str_utfindex(first_line, first.col)
  local answers = vim.lsp.buf_request_sync(buf, 'textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = first.lnum, character = character },
  }, 10000)
  for _, answer in pairs(answers or {}) do
    if answer.result then report.hover = answer.result.contents.value end
  end
end)

if not ok then report.error = tostring(failure) end
finish()
