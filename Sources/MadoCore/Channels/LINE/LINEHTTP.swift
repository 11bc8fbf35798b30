import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP exchange with LINE's API, waited for: the importer and the outbox already run away
/// from the screen, so blocking here blocks no one.
public struct LINEHTTP: Sendable {
    struct Response: Sendable {
        var status: Int
        var body: Data
        var contentType: String?
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    var timeout: TimeInterval

    func send(_ request: URLRequest) throws -> Response {
        try NetworkLibrary.require()
        var request = request
        request.timeoutInterval = timeout
        final class Box: @unchecked Sendable {
            var result: Result<Response, Error> = .failure(Failure(description: "no answer"))
        }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        let session = URLSession(configuration: configuration)
        let task = session.dataTask(with: request) { data, response, error in
            if let error {
                box.result = .failure(Failure(description: error.localizedDescription))
            } else if let http = response as? HTTPURLResponse {
                box.result = .success(Response(status: http.statusCode, body: data ?? Data(),
                                               contentType: http.value(forHTTPHeaderField: "Content-Type")))
            }
            done.signal()
        }
        task.resume()
        if done.wait(timeout: .now() + timeout + 5) == .timedOut {
            task.cancel()
            session.invalidateAndCancel()
            throw Failure(description: "no answer within \(Int(timeout)) s")
        }
        session.finishTasksAndInvalidate()
        return try box.result.get()
    }
}
