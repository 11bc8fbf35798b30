import Foundation
import XCTest
@testable import MadoCore

/// LINE's side of `mado webhook`: the `x-line-signature` check and the spool.
final class LINEWebhookTests: XCTestCase {
    let secret = Array("line-channel-secret".utf8)
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("mado-line-webhook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    var spool: WebhookSpool { WebhookSpool(root: folder.appendingPathComponent("spool")) }
    let body = Array(#"{"destination":"U0123","events":[]}"#.utf8)

    func post(_ headers: [String: String], body: [UInt8]? = nil, secret: [UInt8]? = nil, method: String = "POST") -> CGIResponse {
        var logged: [String] = []
        let response = LINEWebhookEndpoint(channelSecret: secret ?? self.secret, spool: spool, log: { logged.append($0) })
            .respond(to: CGIRequest(method: method, path: "/line", headers: headers, body: body ?? self.body))
        XCTAssertFalse(logged.joined().contains("line-channel-secret"), "the secret is never logged")
        return response
    }

    func testSignatureIsBase64OfTheHMACSHA256OfTheRawBody() {
        // Computed independently: printf '%s' BODY | openssl dgst -sha256 -hmac line-channel-secret -binary | base64
        XCTAssertEqual(LINESignature.header(body: body, secret: secret), "DqJwnENfrQlJ3f3gOVFYUsNLL/PC/tuqIsLgbRHvlxs=")
        XCTAssertTrue(LINESignature.isValid(header: LINESignature.header(body: body, secret: secret), body: body, secret: secret))
        XCTAssertFalse(LINESignature.isValid(header: LINESignature.header(body: body + [32], secret: secret), body: body, secret: secret))
        XCTAssertFalse(LINESignature.isValid(header: "not base64!", body: body, secret: secret))
        XCTAssertFalse(LINESignature.isValid(header: "", body: body, secret: secret))
        XCTAssertFalse(LINESignature.isValid(header: LINESignature.header(body: body, secret: []), body: body, secret: []), "no secret, no pass")
    }

    func testGoodSignatureIsSpooledAndAnswered200() throws {
        let response = post(["HTTP_X_LINE_SIGNATURE": LINESignature.header(body: body, secret: secret)])
        XCTAssertEqual(response.status, 200)
        let waiting = spool.waiting()
        XCTAssertEqual(waiting.count, 1)
        XCTAssertEqual(try Array(Data(contentsOf: waiting[0])), body, "the body is kept byte for byte")
    }

    func testBadOrMissingSignatureIs403AndNothingIsStored() {
        XCTAssertEqual(post([:]).status, 403)
        XCTAssertEqual(post(["HTTP_X_LINE_SIGNATURE": LINESignature.header(body: body, secret: Array("other".utf8))]).status, 403)
        XCTAssertEqual(post(["HTTP_X_HUB_SIGNATURE_256": WebhookSignature.header(body: body, secret: secret)]).status, 403,
                       "Meta's header is not LINE's")
        XCTAssertEqual(post(["HTTP_X_LINE_SIGNATURE": "AAAA"]).status, 403)
        XCTAssertEqual(spool.waiting(), [])
    }

    func testNoSecretConfiguredIs500AndGetIs405() {
        let unconfigured = LINEWebhookEndpoint(channelSecret: nil, spool: spool)
            .respond(to: CGIRequest(method: "POST", path: "/line", headers: ["HTTP_X_LINE_SIGNATURE": "x"], body: body))
        XCTAssertEqual(unconfigured.status, 500)
        XCTAssertEqual(post([:], method: "GET").status, 405)
        XCTAssertEqual(spool.waiting(), [])
    }

    func testSecretComesFromTheCommandsFirstLine() throws {
        let script = folder.appendingPathComponent("secret.sh")
        try Data("#!/bin/sh\nprintf 'line-channel-secret\\nsecond line\\n'\n".utf8).write(to: script)
        chmod(script.path, 0o700)
        let config = try Config.parse("[line]\nchannel_secret_command = \(script.path)\nspool = \(folder.path)/configured\n", file: "c")
        let endpoint = try LINEWebhookEndpoint.configured(config: config, environment: [:], log: { _ in })
        XCTAssertEqual(endpoint.channelSecret, secret)
        XCTAssertEqual(endpoint.spool.root.path, folder.path + "/configured")
        XCTAssertEqual(WebhookSpool.line(config: Config(), environment: ["XDG_DATA_HOME": "/d"]).root.path, "/d/mado/spool/line")
        XCTAssertEqual(WebhookEndpoint.channel(path: "/line"), "line")
    }
}
