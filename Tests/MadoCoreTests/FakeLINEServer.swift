import Foundation
import XCTest

/// A local stand-in for LINE's API, started by the test: Python's http.server on a free port of
/// 127.0.0.1. It answers each "METHOD /path" from a table the test sets (status, JSON or bytes,
/// content type) and records every request (method, path, headers, body) for the test to read.
final class FakeLINEServer {
    static let script = #"""
    import json, sys, base64
    from http.server import HTTPServer, BaseHTTPRequestHandler
    port_file, routes_file, log_file = sys.argv[1], sys.argv[2], sys.argv[3]

    class Handler(BaseHTTPRequestHandler):
        def answer(self):
            length = int(self.headers.get('Content-Length') or 0)
            body = self.rfile.read(length) if length else b''
            with open(log_file, 'a') as log:
                log.write(json.dumps({'method': self.command, 'path': self.path,
                                      'headers': {k.lower(): v for k, v in self.headers.items()},
                                      'body': body.decode('utf-8', 'replace')}) + '\n')
            with open(routes_file) as f:
                routes = json.load(f)
            key = self.command + ' ' + self.path
            queue = routes.get(key)
            if isinstance(queue, list):
                route = queue.pop(0) if len(queue) > 1 else queue[0]
                with open(routes_file, 'w') as f:
                    json.dump(routes, f)
            else:
                route = queue or {'status': 404, 'json': {'message': 'Not found'}}
            data = base64.b64decode(route['base64']) if 'base64' in route else json.dumps(route.get('json', {})).encode()
            self.send_response(route.get('status', 200))
            self.send_header('Content-Type', route.get('type', 'application/json'))
            self.send_header('Content-Length', str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        do_GET = answer
        do_POST = answer
        def log_message(self, *args):
            pass

    server = HTTPServer(('127.0.0.1', 0), Handler)
    with open(port_file + '.tmp', 'w') as f:
        f.write(str(server.server_address[1]))
    import os
    os.rename(port_file + '.tmp', port_file)
    server.serve_forever()
    """#

    struct Request {
        var method: String
        var path: String
        var headers: [String: String]
        var body: String
        var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] }
    }

    let folder: URL
    let process = Process()
    private(set) var port = 0
    var base: String { "http://127.0.0.1:\(port)" }

    /// `routes`: "GET /v2/bot/profile/U1" → ["status": 200, "json": […]] (or a list, answered in turn).
    init(routes: [String: Any]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("fake-line-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.script.utf8).write(to: folder.appendingPathComponent("server.py"))
        try setRoutes(routes)
        FileManager.default.createFile(atPath: folder.appendingPathComponent("log").path, contents: nil)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", folder.appendingPathComponent("server.py").path, folder.appendingPathComponent("port").path,
                             folder.appendingPathComponent("routes.json").path, folder.appendingPathComponent("log").path]
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let text = try? String(contentsOf: folder.appendingPathComponent("port"), encoding: .utf8), let number = Int(text) {
                port = number
                return
            }
            usleep(20_000)
        }
        process.terminate()
        throw XCTSkip("the fake LINE server (python3) did not start")
    }

    func setRoutes(_ routes: [String: Any]) throws {
        try JSONSerialization.data(withJSONObject: routes).write(to: folder.appendingPathComponent("routes.json"))
    }

    var requests: [Request] {
        let text = (try? String(contentsOf: folder.appendingPathComponent("log"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else { return nil }
            return Request(method: object["method"] as? String ?? "", path: object["path"] as? String ?? "",
                           headers: object["headers"] as? [String: String] ?? [:], body: object["body"] as? String ?? "")
        }
    }

    deinit {
        process.terminate()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }
}
