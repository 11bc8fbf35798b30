import Foundation
import XCTest
@testable import MadoCore

/// `mado webhook`'s parts: the CGI request, Meta's signature, the verification GET, the refusals,
/// and the spool that `mado import instagram` picks up.
final class WebhookTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/instagram/webhooks")
    var folder: URL!
    let secret = Array("shop-app-secret".utf8)

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("mado-webhook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    var spool: WebhookSpool { WebhookSpool(root: folder.appendingPathComponent("spool")) }

    func endpoint(verifyToken: String? = "tok-123", secret: [UInt8]? = nil) -> WebhookEndpoint {
        WebhookEndpoint(verifyToken: verifyToken, appSecret: secret ?? self.secret, spool: spool)
    }

    func files(_ url: URL) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted() }

    // MARK: the CGI request

    func testQueryStringDecodesPlusAndPercentEscapes() {
        let query = CGIRequest.parseQuery("hub.mode=subscribe&hub.verify_token=a%2Bb+c&hub.challenge=1158201444&empty=&bad=%zz&hub.mode=other")
        XCTAssertEqual(query["hub.mode"], "subscribe", "the first of a repeated name wins")
        XCTAssertEqual(query["hub.verify_token"], "a+b c")
        XCTAssertEqual(query["hub.challenge"], "1158201444")
        XCTAssertEqual(query["empty"], "")
        XCTAssertEqual(query["bad"], "%zz", "a broken escape is kept as it was")
    }

    func testRequestReadsExactlyContentLengthBytesFromStandardInput() throws {
        var input = Array("{\"object\":\"instagram\"}TRAILING".utf8)
        let request = try CGIRequest.from(environment: ["REQUEST_METHOD": "post", "CONTENT_LENGTH": "22", "PATH_INFO": "/instagram",
                                                        "QUERY_STRING": "a=1", "HTTP_X_HUB_SIGNATURE_256": "sha256=00", "HOME": "/root"]) { count in
            // A pipe hands over a few bytes at a time.
            let chunk = Array(input.prefix(min(count, 5)))
            input.removeFirst(chunk.count)
            return chunk
        }
        XCTAssertEqual(request.method, "POST")
        XCTAssertEqual(request.path, "/instagram")
        XCTAssertEqual(request.query, ["a": "1"])
        XCTAssertEqual(request.contentLength, 22)
        XCTAssertEqual(String(decoding: request.body, as: UTF8.self), "{\"object\":\"instagram\"}")
        XCTAssertEqual(request.headers, ["HTTP_X_HUB_SIGNATURE_256": "sha256=00"], "only HTTP_ variables are headers")
    }

    func testBodyOverTheLimitIsRefusedWithoutReadingIt() {
        var reads = 0
        XCTAssertThrowsError(try CGIRequest.from(environment: ["REQUEST_METHOD": "POST", "CONTENT_LENGTH": "\(CGIRequest.bodyLimit + 1)"]) { _ in
            reads += 1
            return [0]
        }) { XCTAssertEqual($0 as? CGIRequest.Problem, .tooLarge(CGIRequest.bodyLimit + 1)) }
        XCTAssertEqual(reads, 0)
    }

    func testShortBodyAndBrokenLengthAreErrors() {
        XCTAssertThrowsError(try CGIRequest.from(environment: ["REQUEST_METHOD": "POST", "CONTENT_LENGTH": "10"]) { _ in [] }) {
            XCTAssertEqual($0 as? CGIRequest.Problem, .shortBody(expected: 10, got: 0))
        }
        XCTAssertThrowsError(try CGIRequest.from(environment: ["REQUEST_METHOD": "POST", "CONTENT_LENGTH": "-1"]) { _ in [] }) {
            XCTAssertEqual($0 as? CGIRequest.Problem, .badLength("-1"))
        }
    }

    func testResponseIsACGIResponseWithStatusTypeAndBlankLine() {
        XCTAssertEqual(CGIResponse(status: 403, body: "forbidden\n").text,
                       "Status: 403 Forbidden\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nforbidden\n")
        XCTAssertTrue(CGIResponse(status: 200, body: "ok\n").text.hasPrefix("Status: 200 OK\r\n"))
    }

    // MARK: the signature

    func testHMACSHA256KnownVectorFromRFC4231() {
        let digest = HMACSHA256.digest(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
        XCTAssertEqual(WebhookSignature.hex(digest), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    func testMetaSignatureHeaderIsSha256EqualsLowercaseHexOfTheRawBody() {
        let body = Array("what do ya want for nothing?".utf8)
        let header = WebhookSignature.header(body: body, secret: Array("Jefe".utf8))
        XCTAssertEqual(header, "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        XCTAssertTrue(WebhookSignature.isValid(header: header, body: body, secret: Array("Jefe".utf8)))
        XCTAssertTrue(WebhookSignature.isValid(header: header.uppercased().replacingOccurrences(of: "SHA256=", with: "sha256="), body: body, secret: Array("Jefe".utf8)))
        for bad in [nil, "", "sha256=", "sha1=5bdcc146bf60754e6a042426089575c75a003f08", String(header.dropLast(2)),
                    String(header.dropLast()) + "4", header.replacingOccurrences(of: "5b", with: "zz"), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"] {
            XCTAssertFalse(WebhookSignature.isValid(header: bad, body: body, secret: Array("Jefe".utf8)), bad ?? "nil")
        }
        XCTAssertFalse(WebhookSignature.isValid(header: header, body: body + [0x20], secret: Array("Jefe".utf8)), "one byte more in the body")
        XCTAssertFalse(WebhookSignature.isValid(header: header, body: body, secret: []), "no secret never verifies")
    }

    // MARK: the verification GET

    func testVerificationEchoesTheChallengeForTheRightToken() {
        let response = endpoint().respond(to: CGIRequest(method: "GET", query: ["hub.mode": "subscribe", "hub.verify_token": "tok-123", "hub.challenge": "1158201444"]))
        XCTAssertEqual(response, CGIResponse(status: 200, body: "1158201444"))
    }

    func testVerificationWithAWrongOrUnsetTokenIsForbidden() {
        let request = CGIRequest(method: "GET", query: ["hub.mode": "subscribe", "hub.verify_token": "tok-12", "hub.challenge": "1"])
        XCTAssertEqual(endpoint().respond(to: request).status, 403)
        var right = request
        right.query["hub.verify_token"] = ""
        XCTAssertEqual(endpoint(verifyToken: nil).respond(to: right).status, 403, "no verify_token configured verifies nothing")
        XCTAssertEqual(endpoint().respond(to: CGIRequest(method: "GET")).status, 400)
        right.query["hub.verify_token"] = "tok-123"
        right.query["hub.challenge"] = "<script>"
        XCTAssertEqual(endpoint().respond(to: right).status, 400, "only a plain challenge is echoed")
    }

    // MARK: POST

    func post(_ body: [UInt8], signature: String?) -> CGIRequest {
        CGIRequest(method: "POST", contentLength: body.count, headers: signature.map { ["HTTP_X_HUB_SIGNATURE_256": $0] } ?? [:], body: body)
    }

    func testSignedPayloadIsSpooledWholeIntoNew() throws {
        let body = Array(try Data(contentsOf: Self.fixtures.appendingPathComponent("01-batched.json")))
        let response = endpoint().respond(to: post(body, signature: WebhookSignature.header(body: body, secret: secret)))
        XCTAssertEqual(response, CGIResponse(status: 200, body: "ok\n"))
        let names = files(spool.new)
        XCTAssertEqual(names.count, 1)
        XCTAssertTrue(names[0].hasSuffix(".json"))
        XCTAssertEqual(Array(try Data(contentsOf: spool.new.appendingPathComponent(names[0]))), body)
        XCTAssertEqual(files(spool.tmp), [], "nothing is left half-written")
    }

    func testBadOrMissingSignatureIsForbiddenAndStoresNothing() {
        let body = Array("{\"object\":\"instagram\",\"entry\":[]}".utf8)
        var logged: [String] = []
        var endpoint = endpoint()
        endpoint.log = { logged.append($0) }
        let wrongSecret = WebhookSignature.header(body: body, secret: Array("another".utf8))
        for signature in [nil, "", wrongSecret, "sha256=abc", WebhookSignature.header(body: body + [0x0A], secret: secret)] {
            XCTAssertEqual(endpoint.respond(to: post(body, signature: signature)).status, 403, signature ?? "no header")
        }
        XCTAssertEqual(files(spool.new), [])
        XCTAssertEqual(files(spool.tmp), [])
        XCTAssertFalse(logged.joined().contains("shop-app-secret"), "the secret is never logged")
        XCTAssertEqual(WebhookEndpoint(verifyToken: nil, appSecret: nil, spool: spool).respond(to: post(body, signature: wrongSecret)).status, 500,
                       "no secret configured: nothing can be verified")
        XCTAssertEqual(endpoint.respond(to: CGIRequest(method: "PUT")).status, 405)
    }

    // MARK: the spool

    func testSpoolWritesAreAtomicUniqueAndInArrivalOrder() throws {
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        var written: [URL] = []
        for index in 0..<40 { written.append(try spool.deliver(Array("{\"n\":\(index)}".utf8), now: start.addingTimeInterval(Double(index / 4) / 1000))) }
        XCTAssertEqual(Set(written.map(\.lastPathComponent)).count, 40, "names are unique even within one millisecond")
        XCTAssertEqual(files(spool.tmp), [])
        let waiting = spool.waiting()
        XCTAssertEqual(waiting.count, 40)
        XCTAssertEqual(Array(waiting.map { String(decoding: try! Data(contentsOf: $0), as: UTF8.self) }.prefix(4).map { $0.count }), [7, 7, 7, 7])
        XCTAssertEqual(waiting.map(\.lastPathComponent).map { $0.prefix(13) }, written.map(\.lastPathComponent).map { $0.prefix(13) },
                       "name order is arrival order")
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: waiting[0].path)[.posixPermissions] as? Int)
        XCTAssertEqual(mode & 0o007, 0, "customer messages are not readable by everyone")
    }

    func testSpoolImportMovesImportedToCurAndBadToFailedThenPrunes() throws {
        let store = try TestStore.make()
        let importer = InstagramImporter(store: store, account: "flourist.kyoto")
        try spool.deliver(Array(try Data(contentsOf: Self.fixtures.appendingPathComponent("01-batched.json"))))
        try spool.deliver(Array(try Data(contentsOf: Self.fixtures.appendingPathComponent("04-invalid.json"))))
        var report = InstagramImporter.Report()
        let failures = try WebhookFolder.importAll(spool.root, importer: importer, report: &report)
        XCTAssertEqual(report.imported.count, 12)
        XCTAssertEqual(failures.count, 1)
        XCTAssertEqual(files(spool.new), [], "new/ is emptied: nothing blocks the next payload")
        XCTAssertEqual(files(spool.cur).count, 1)
        XCTAssertEqual(files(spool.root.appendingPathComponent("failed")).filter { $0.hasSuffix(".error") }.count, 1)
        var again = InstagramImporter.Report()
        XCTAssertEqual(try WebhookFolder.importAll(spool.root, importer: importer, report: &again), [])
        XCTAssertEqual(again.imported.count + again.duplicates, 0, "an imported payload is not read twice")
        // cur/ keeps a week of evidence, then lets it go.
        XCTAssertEqual(spool.prune(now: Date().addingTimeInterval(6 * 86_400)), 0)
        XCTAssertEqual(spool.prune(now: Date().addingTimeInterval(8 * 86_400)), 1)
        XCTAssertEqual(files(spool.cur), [])
    }

    // MARK: where the secret comes from

    func writeConfig(_ text: String, mode: Int) throws -> Config {
        let path = folder.appendingPathComponent("config").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return try Config.load(environment: ["MADO_CONFIG": path])
    }

    func testSecretInAConfigEveryoneCanReadIsRefused() throws {
        let config = try writeConfig("[instagram]\nverify_token = tok\napp_secret = shop-app-secret\nspool = \(folder.path)/s\n", mode: 0o644)
        XCTAssertThrowsError(try WebhookEndpoint.instagram(config: config, log: { _ in })) { error in
            XCTAssertTrue("\(error)".contains("everyone can read it"), "\(error)")
            XCTAssertFalse("\(error)".contains("shop-app-secret"))
        }
        let private_ = try writeConfig("[instagram]\nverify_token = tok\napp_secret = shop-app-secret\nspool = \(folder.path)/s\n", mode: 0o640)
        let endpoint = try WebhookEndpoint.instagram(config: private_, log: { _ in })
        XCTAssertEqual(endpoint.appSecret, secret)
        XCTAssertEqual(endpoint.spool.root.path, folder.path + "/s")
    }

    func testSecretFromACommandIsItsFirstLine() throws {
        let script = folder.appendingPathComponent("secret.sh")
        try Data("#!/bin/sh\nprintf 'shop-app-secret\\nsecond line\\n'\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let config = try writeConfig("[instagram]\napp_secret_command = \(script.path)\n", mode: 0o644)
        XCTAssertEqual(try WebhookEndpoint.instagram(config: config, environment: ["XDG_DATA_HOME": folder.path], log: { _ in }).appSecret, secret,
                       "a command keeps the secret out of the file, which may then be readable")
        let failing = try writeConfig("[instagram]\napp_secret_command = /bin/false\n", mode: 0o600)
        XCTAssertThrowsError(try WebhookEndpoint.instagram(config: failing, log: { _ in }))
    }

    func testDefaultSpoolIsUnderTheDataFolder() {
        XCTAssertEqual(WebhookSpool.instagram(config: Config(), environment: ["XDG_DATA_HOME": "/d"]).root.path, "/d/mado/spool/instagram")
        XCTAssertEqual(WebhookSpool.instagram(config: Config(values: ["webhook.spool": "/w"]), environment: [:]).root.path, "/w/instagram")
    }
}
