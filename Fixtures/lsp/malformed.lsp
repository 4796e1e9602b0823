Content-Type: x

Content-Length: 3

[1]Content-Length: 5

{"a":junkContent-Length: 47

{"jsonrpc": "2.0", "id": "s", "method": "nope"}Content-Length: 99999999

