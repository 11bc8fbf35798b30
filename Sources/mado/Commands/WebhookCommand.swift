import Foundation
import MadoCore

/// `mado webhook`: a CGI program for any web server. Reads the request from the CGI environment
/// and standard input, prints a CGI response; problems go to standard error (the server's log).
enum WebhookCommand {
    static func run(_ words: [String]) throws -> Int32 {
        _ = try Arguments(words, valued: [], flags: [])
        let environment = ProcessInfo.processInfo.environment
        print(respond(environment: environment).text, terminator: "")
        return 0
    }

    static func respond(environment: [String: String]) -> CGIResponse {
        let log: (String) -> Void = { FileHandle.standardError.write(Data("mado webhook: \($0)\n".utf8)) }
        guard environment["GATEWAY_INTERFACE"] != nil || environment["REQUEST_METHOD"] != nil else {
            log("run by a web server as a CGI program (REQUEST_METHOD is not set); see the README")
            return CGIResponse(status: 500, body: "not run as CGI\n")
        }
        guard let channel = WebhookEndpoint.channel(path: environment["PATH_INFO"] ?? "") else {
            return CGIResponse(status: 404, body: "no such channel\n")
        }
        let request: CGIRequest
        do {
            request = try CGIRequest.from(environment: environment) { count in
                Array(FileHandle.standardInput.readData(ofLength: count))
            }
        } catch .tooLarge(let length) {
            log("payload refused: \(length) bytes is over the \(CGIRequest.bodyLimit)-byte limit")
            return CGIResponse(status: 413, body: "too large\n")
        } catch {
            log("bad request: \(error)")
            return CGIResponse(status: 400, body: "bad request\n")
        }
        do {
            let config = try Config.load(environment: environment)
            if channel == "line" {
                return try LINEWebhookEndpoint.configured(config: config, environment: environment, log: log).respond(to: request)
            }
            let endpoint = try WebhookEndpoint.instagram(config: config, environment: environment, log: log)
            return endpoint.respond(to: request)
        } catch {
            log("\(error)")
            return CGIResponse(status: 500, body: "not configured\n")
        }
    }
}
