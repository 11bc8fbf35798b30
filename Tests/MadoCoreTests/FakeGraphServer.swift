import Foundation
import XCTest

/// A local stand-in for Meta's Graph API: a small Python `http.server` the test writes to a temp
/// folder and starts on a free port of 127.0.0.1. Each route answers from a list (the last answer
/// repeats); every request is logged with its method, path, query, headers and body, so a test
/// can check exactly what mado sent. Nothing reaches the internet.
final class FakeGraphServer {
    let folder: String
    let process = Process()
    private(set) var port = 0
    var base: String { "http://127.0.0.1:\(port)/v21.0" }
    var root: String { "http://127.0.0.1:\(port)" }

    /// `routes`: "METHOD /path" or "METHOD /path?query" → answers, each
    /// `["status": 200, "body": <JSON>]`, `["status": 200, "raw": "text", "type": "image/jpeg"]`,
    /// `["bytes": N, "type": "image/png"]` (N bytes of a PNG-looking body), or `["drop": true]`
    /// (the connection closes without an answer). `{{ROOT}}` in a JSON body becomes the server's
    /// own `http://127.0.0.1:PORT` (for paging links).
    init(routes: [String: [[String: Any]]]) throws {
        folder = NSTemporaryDirectory() + "mado-graph-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try JSONSerialization.data(withJSONObject: routes).write(to: URL(fileURLWithPath: folder + "/routes.json"))
        try FakeGraphServer.script.write(toFile: folder + "/server.py", atomically: true, encoding: .utf8)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", folder + "/server.py", folder + "/routes.json", folder + "/requests.jsonl"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw NSError(domain: "FakeGraphServer", code: 1, userInfo: [NSLocalizedDescriptionKey: "the fake server did not start"])
        }
        self.port = port
    }

    deinit { stop() }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    struct Request {
        var method: String
        var path: String
        var query: String
        var headers: [String: String]
        var body: Data
        var json: [String: Any]? { try? JSONSerialization.jsonObject(with: body) as? [String: Any] }
    }

    /// Every request so far, in order.
    func requests() -> [Request] {
        guard let text = try? String(contentsOfFile: folder + "/requests.jsonl", encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
            return Request(method: object["method"] as? String ?? "", path: object["path"] as? String ?? "",
                           query: object["query"] as? String ?? "", headers: object["headers"] as? [String: String] ?? [:],
                           body: Data(base64Encoded: object["body"] as? String ?? "") ?? Data())
        }
    }

    static let script = #"""
import base64, json, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

routes = json.load(open(sys.argv[1]))
log_path = sys.argv[2]
lock = threading.Lock()

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path, _, query = self.path.partition("?")
        with lock:
            with open(log_path, "a") as log:
                log.write(json.dumps({"method": self.command, "path": path, "query": query,
                                      "headers": {k.lower(): v for k, v in self.headers.items()},
                                      "body": base64.b64encode(body).decode()}) + "\n")
            queue = routes.get(self.command + " " + self.path) or routes.get(self.command + " " + path)
            reply = (queue.pop(0) if len(queue) > 1 else queue[0]) if queue else \
                {"status": 404, "body": {"error": {"message": "Unknown path " + path, "code": 100}}}
        if reply.get("drop"):
            self.close_connection = True
            self.connection.close()
            return
        if "bytes" in reply:
            data = b"\x89PNG\r\n\x1a\n" + b"\0" * (reply["bytes"] - 8)
        elif "raw" in reply:
            data = reply["raw"].encode()
        else:
            data = json.dumps(reply.get("body", {})).replace("{{ROOT}}", "http://127.0.0.1:%d" % self.server.server_address[1]).encode()
        self.send_response(reply.get("status", 200))
        self.send_header("Content-Type", reply.get("type", "application/json"))
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = answer
    do_POST = answer

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
"""#
}
