import Foundation
import XCTest

/// `mado instagram backfill` as a script runs it: the token from token_command, a local stand-in
/// for Meta's conversations API (a few lines of Python's http.server), and the store afterwards.
extension CommandLineTests {
    func testBackfillWithoutATokenSaysWhichSettingIsMissing() throws {
        let run = try mado(["instagram", "backfill", "--store", store])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.error.contains("[instagram] token_command"), run.error)
        let usage = try mado(["instagram", "fetch", "--store", store])
        XCTAssertNotEqual(usage.status, 0)
        XCTAssertTrue(usage.error.contains("Usage: mado instagram backfill"), usage.error)
    }

    func testBackfillReadsTheConversationsAPIIntoTheStoreOnce() throws {
        let script = folder + "/graph.py"
        try #"""
        import json, sys
        from http.server import BaseHTTPRequestHandler, HTTPServer
        log = open(sys.argv[1], "a")
        shop, yui = "17841400000000001", "1784000000000321"
        pages = {
            "/v21.0/me/conversations": {"data": [{"id": "t1", "participants": {"data": [{"id": shop, "username": "flourist"}, {"id": yui, "username": "yui.cli"}]}}]},
            "/v21.0/t1/messages": {"data": [
                {"id": "m_cli_2", "created_time": "2026-11-18T09:05:00+0000", "message": "ございます", "from": {"id": shop}, "to": {"data": [{"id": yui}]}},
                {"id": "m_cli_1", "created_time": "2026-11-18T09:00:00+0000", "message": "在庫ありますか", "from": {"id": yui}, "to": {"data": [{"id": shop}]}}]},
            "/v21.0/me": {"id": shop, "username": "flourist"},
        }
        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args): pass
            def do_GET(self):
                path = self.path.partition("?")[0]
                log.write(self.path + " " + str(self.headers.get("Authorization")) + "\n"); log.flush()
                body = pages.get(path, {"error": {"message": "Unknown path", "code": 100}})
                data = json.dumps(body).encode()
                self.send_response(200 if path in pages else 400)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
        server = HTTPServer(("127.0.0.1", 0), Handler)
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """#.write(toFile: script, atomically: true, encoding: .utf8)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", script, folder + "/graph.log"]
        let output = Pipe()
        server.standardOutput = output
        try server.run()
        defer { server.terminate(); server.waitUntilExit() }
        var line = ""
        while !line.contains("\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += String(decoding: chunk, as: UTF8.self)
        }
        let port = try XCTUnwrap(Int(line.trimmingCharacters(in: .whitespacesAndNewlines)))
        let printToken = folder + "/print-token"
        try "#!/bin/sh\necho EAAG-cli-token\n".write(toFile: printToken, atomically: true, encoding: .utf8)
        chmod(printToken, 0o700)
        try "[instagram]\ntoken_command = \(printToken)\napi_base = http://127.0.0.1:\(port)/v21.0\n".write(toFile: config, atomically: true, encoding: .utf8)

        let first = try mado(["instagram", "backfill", "--store", store])
        XCTAssertEqual(first.status, 0, first.error)
        XCTAssertEqual(first.output, "backfill: 1 conversations, imported 2, already there 0\n")
        XCTAssertTrue(first.error.contains("@yui.cli: 2 messages, 2 new"), first.error)
        let again = try mado(["instagram", "backfill", "--store", store, "--quiet"])
        XCTAssertEqual(again.output, "backfill: 1 conversations, imported 0, already there 2\n")
        XCTAssertFalse(again.error.contains("@yui.cli"), "--quiet: " + again.error)

        let found = try mado(["search", "在庫ありますか", "--store", store, "--json"]).output
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(found.utf8)) as? [String: Any])
        XCTAssertEqual((object["conversations"] as? [[String: Any]])?.count, 1)
        let log = try String(contentsOfFile: folder + "/graph.log", encoding: .utf8)
        XCTAssertTrue(log.contains("/v21.0/me/conversations?") && log.contains("platform=instagram"), log)
        XCTAssertTrue(log.split(separator: "\n").allSatisfy { $0.hasSuffix("Bearer EAAG-cli-token") }, log)
    }
}
