import Foundation
import XCTest
@testable import MadoCore

/// Each agent's chat sign-off per channel lives in `agent_signatures` (no column per channel):
/// a store from before keeps the Instagram and LINE sign-offs it had, and `:me NAME-signature`
/// writes there for whichever channel declares that setting.
final class AgentSignaturesMigrationTests: XCTestCase {
    func testTheInstagramAndLINEColumnsAreCopiedAndReadFromTheTable() throws {
        let path = TestStore.folder() + "/before.sqlite"
        let latest = Migrations.latestVersion
        do {
            let db = try Database(path: path, create: true, migrate: false)
            try Migrations.migrate(db, upTo: 19)  // step 20 moves the sign-offs into agent_signatures
            try db.run("""
                INSERT INTO agents (id, login, name, signature_email, signature_instagram, signature_line, created_at)
                VALUES (1, 'hanako', '佐藤 花子', 'Hanako', '— 花子', '— はなこ（Flourist）', 0),
                       (2, 'ken', 'Ken', NULL, '', NULL, 0)
                """)
        }
        let store = try Store(path: path, create: false, clock: { TestStore.now })
        XCTAssertEqual(try store.db.scalarInt("PRAGMA user_version"), Int64(latest))
        let hanako = try XCTUnwrap(store.agent(login: "hanako"))
        XCTAssertEqual(hanako.signOffs, [.instagram: "— 花子", .line: "— はなこ（Flourist）"])
        XCTAssertEqual(hanako.emailSignature, "Hanako", "the email signature stays where it was")
        XCTAssertEqual(try store.agent(login: "ken")?.signOffs, [:], "an empty column is no sign-off")
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM agent_signatures"), 2)
        XCTAssertEqual(Signature.line(agent: hanako), "— はなこ（Flourist）")
        XCTAssertEqual(Signature.chat(agent: try XCTUnwrap(store.agent(login: "ken")), channel: .line), "— Ken")
    }

    func testMeNameSignatureWritesTheChannelsRowAndClearsIt() throws {
        let store = try TestStore.make()
        var hanako = try store.addAgent(login: "hanako", name: "Hanako Sato")
        hanako = try store.updateAgent(hanako, field: "line-signature", value: "— はなこ")
        hanako = try store.updateAgent(hanako, field: "ig-signature", value: "— Hanako")
        XCTAssertEqual(hanako.signOffs, [.line: "— はなこ", .instagram: "— Hanako"])
        XCTAssertEqual(try store.db.rows("SELECT channel, text FROM agent_signatures ORDER BY channel") { "\($0.text(0))=\($0.text(1))" },
                       ["instagram=— Hanako", "line=— はなこ"])
        hanako = try store.updateAgent(hanako, field: "line-signature", value: "")
        XCTAssertEqual(hanako.signOffs, [.instagram: "— Hanako"], "an empty value clears it")
        XCTAssertThrowsError(try store.updateAgent(hanako, field: "fax-signature", value: "x"), "no channel declares it")
        // A row for a channel this mado does not know is never used on another.
        try store.db.run("INSERT INTO agent_signatures (agent_id, channel, text) VALUES (?, 'fax', '— fax')", [.int(hanako.id)])
        XCTAssertEqual(try store.agent(login: "hanako")?.signOffs, [.instagram: "— Hanako"])
    }
}
