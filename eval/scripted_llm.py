"""A scripted language model on loopback, speaking Ollama's /api/chat (NDJSON)
and OpenAI's /v1/chat/completions (server-sent events or one JSON body).

It answers with ``reply`` (a string, or a function of the request's messages).
Scripted answers cite sources by placeholder, ``[[2024-03-22|Finansiering]]``:
the server reads the numbered sources in the prompt, as a model would, and
writes the marker of the source whose citation line holds that date and title
(``[99]`` when the prompt has no such source)."""
from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

from minutes.text import fold

_PLACEHOLDER = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
_BLOCK = re.compile(r"<källa nr=\"(\d+)\">\n([^\n]*)")


def resolve(answer: str, prompt: str) -> str:
    """Replace placeholders by the markers of the prompt's sources."""
    heads = {int(n): fold(head) for n, head in _BLOCK.findall(prompt)}

    def one(m: re.Match) -> str:
        date, title = m[1].strip(), fold(m[2].strip())
        for n, head in sorted(heads.items()):
            if date in head and title in head:
                return f"[{n}]"
        return "[99]"
    return _PLACEHOLDER.sub(one, answer)


class ScriptedLLMServer:
    def __init__(self, reply: str | Callable[[list[dict]], str] = "", pace: float = 0.0):
        self.reply = reply
        self.pace = pace  # seconds between streamed pieces (17 characters each): a model's writing speed
        self.requests: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                if self.path == "/api/show":  # llama-index asks Ollama for the context window first
                    return self._send("application/json", [json.dumps({
                        "modelfile": "", "parameters": "", "template": "{{ .Prompt }}",
                        "details": {"format": "gguf", "family": "llama", "parameter_size": "8B"},
                        "model_info": {"llama.context_length": 8192}, "capabilities": ["completion"]})])
                outer.requests.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
                msgs = body.get("messages", [])
                text = outer.reply(msgs) if callable(outer.reply) else outer.reply
                text = resolve(text, msgs[-1]["content"] if msgs else "")
                pieces = [text[i:i + 17] for i in range(0, len(text), 17)] or [""]
                model = body.get("model", "scripted")
                if self.path == "/api/chat":
                    self._send("application/x-ndjson", [
                        json.dumps({"model": model, "created_at": "2026-11-24T10:00:00Z",
                                    "message": {"role": "assistant", "content": p}, "done": False}) + "\n"
                        for p in pieces
                    ] + [json.dumps({"model": model, "created_at": "2026-11-24T10:00:01Z",
                                     "message": {"role": "assistant", "content": ""}, "done": True,
                                     "done_reason": "stop", "total_duration": 1, "eval_count": len(pieces)}) + "\n"])
                elif self.path == "/v1/chat/completions" and body.get("stream"):
                    def chunk(delta, finish=None):
                        return "data: " + json.dumps({
                            "id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 0, "model": model,
                            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}) + "\n\n"
                    self._send("text/event-stream", [chunk({"role": "assistant", "content": ""})]
                               + [chunk({"content": p}) for p in pieces] + [chunk({}, "stop"), "data: [DONE]\n\n"])
                elif self.path == "/v1/chat/completions":
                    self._send("application/json", [json.dumps({
                        "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": model,
                        "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                     "finish_reason": "stop"}],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})])
                else:
                    self.send_error(404)

            def _send(self, ctype, lines):
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.end_headers()
                for i, line in enumerate(lines):
                    if i and outer.pace:
                        time.sleep(outer.pace)
                    self.wfile.write(line.encode())
                    self.wfile.flush()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "ScriptedLLMServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
