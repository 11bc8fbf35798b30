import CNCursesW
import Foundation

/// ncurses is opened when the screen is set up, not at every process start (see
/// Sources/CNCursesW/ncurses_on_demand.c): `mado list` and `mado search` never draw. Without it
/// there is no screen to draw on, so the process stops here, before the terminal is touched,
/// with one sentence in both languages, as the dynamic loader used to stop every `mado` at start.
enum TerminalLibrary {
    static func require() {
        guard let reason = mado_ncurses_load() else { return }
        let said = String(cString: reason)
        let sentence = """
            mado could not load ncurses, which it needs to draw the inbox (\(said)), and stopped. Install it (on Debian: apt-get install libncursesw6) and try again.
            受信箱の表示に必要なライブラリ「ncurses」を読み込めなかったため、mado は止まりました（「\(said)」）。インストールして（「apt-get install libncursesw6」など）もう一度実行してください。

            """
        FileHandle.standardError.write(Data(sentence.utf8))
        exit(1)
    }
}
