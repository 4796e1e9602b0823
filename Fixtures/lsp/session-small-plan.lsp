Content-Length: 57

{"jsonrpc": "2.0", "method": "initialized", "params": {}}Content-Length: 745

{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///p.json", "languageId": "json", "version": 1, "text": "{\"formatVersion\": 1, \"federation\": {\"name\": \"X\"}, \"members\": [{\"id\": \"staten\", \"name\": \"S\", \"kind\": \"state\"}, {\"id\": \"region\", \"name\": \"R\", \"kind\": \"region\"}, {\"id\": \"a\", \"name\": \"A\", \"kind\": \"municipality\"}], \"policy\": {}, \"openingEquity\": 0,\n \"years\": [{\"year\": 2024, \"status\": \"budget\", \"contributions\": {\"staten\": 1000, \"region\": 490, \"a\": 500},\n \"costs\": [{\"name\": \"K\", \"category\": \"administration\", \"amount\": 2000}]}],\n \"initiatives\": [{\"id\": \"x\", \"name\": \"😀\", \"target\": \"individual\"}]}"}}}Content-Length: 156

{"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///p.json"}, "position": {"line": 1, "character": 20}}}Content-Length: 236

{"jsonrpc": "2.0", "id": 3, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": "file:///p.json"}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 9, "character": 0}}, "context": {"diagnostics": []}}}Content-Length: 247

{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///p.json", "version": 2}, "contentChanges": [{"range": {"start": {"line": 1, "character": 80}, "end": {"line": 1, "character": 83}}, "text": "500"}]}}Content-Length: 156

{"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///p.json"}, "position": {"line": 1, "character": 20}}}Content-Length: 236

{"jsonrpc": "2.0", "id": 3, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": "file:///p.json"}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 9, "character": 0}}, "context": {"diagnostics": []}}}Content-Length: 108

{"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": {"uri": "file:///p.json"}}}Content-Length: 49

{"jsonrpc": "2.0", "id": 9, "method": "shutdown"}Content-Length: 36

{"jsonrpc": "2.0", "method": "exit"}