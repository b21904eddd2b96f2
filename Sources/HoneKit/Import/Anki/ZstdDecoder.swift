#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Streaming zstd decompression (Anki's `collection.anki21b`) through the libzstd that the system
/// already has, loaded at run time with dlopen: no headers, no build step. The caller sees the
/// output in chunks as it is produced and decides how much is too much; the frame's declared
/// size is never consulted, and libzstd's default window limit (128 MiB) bounds its memory.
final class ZstdDecoder {
    struct Failure: Error, Sendable {
        var message: String
    }

    private let library: Library
    private let stream: OpaquePointer
    /// ZSTD_inBuffer and ZSTD_outBuffer: { pointer, size, pos }, three machine words each.
    private let input = UnsafeMutablePointer<Int>.allocate(capacity: 3)
    private let output = UnsafeMutablePointer<Int>.allocate(capacity: 3)
    private let buffer: UnsafeMutableRawPointer
    private let bufferSize: Int
    /// What the last call returned: 0 once a frame is complete and flushed.
    private var pending = 1
    private var sawInput = false

    init() throws(Failure) {
        library = try Library.shared.get()
        guard let stream = library.createDStream() else { throw Failure(message: "zstd: cannot create a decompression stream") }
        self.stream = stream
        let initialized = library.initDStream(stream)
        bufferSize = max(library.dStreamOutSize(), 1 << 16)
        buffer = UnsafeMutableRawPointer.allocate(byteCount: bufferSize, alignment: 16)
        if library.isError(initialized) != 0 {
            _ = library.freeDStream(stream)
            throw Failure(message: "zstd: \(library.errorName(initialized))")
        }
    }

    deinit {
        _ = library.freeDStream(stream)
        input.deallocate()
        output.deallocate()
        buffer.deallocate()
    }

    /// Decompresses `chunk`, handing each piece of output to `sink` (which may throw to stop).
    func decompress(_ chunk: UnsafeRawBufferPointer,
                    into sink: (UnsafeRawBufferPointer) throws(ExtractionFailure) -> Void) throws(ExtractionFailure) {
        guard chunk.count > 0, let base = chunk.baseAddress else { return }
        sawInput = true
        input[0] = Int(bitPattern: base)
        input[1] = chunk.count
        input[2] = 0
        repeat {
            output[0] = Int(bitPattern: buffer)
            output[1] = bufferSize
            output[2] = 0
            let result = library.decompressStream(stream, UnsafeMutableRawPointer(output), UnsafeMutableRawPointer(input))
            if library.isError(result) != 0 { throw .corrupt("zstd: \(library.errorName(result))") }
            pending = result
            if output[2] > 0 { try sink(UnsafeRawBufferPointer(start: buffer, count: output[2])) }
        } while input[2] < input[1] || output[2] == output[1]
    }

    /// Checks that the input ended with a complete frame.
    func finish() throws(ExtractionFailure) {
        guard sawInput, pending == 0 else { throw .corrupt("zstd: the compressed data ends in the middle of a frame") }
    }

    /// The functions of libzstd that hone uses, looked up once.
    private struct Library: @unchecked Sendable {
        typealias CreateDStream = @convention(c) () -> OpaquePointer?
        typealias StreamFunction = @convention(c) (OpaquePointer?) -> Int
        typealias DecompressStream = @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> Int
        typealias IsError = @convention(c) (Int) -> UInt32
        typealias ErrorName = @convention(c) (Int) -> UnsafePointer<CChar>?
        typealias Size = @convention(c) () -> Int

        let createDStream: CreateDStream
        let freeDStream: StreamFunction
        let initDStream: StreamFunction
        let decompressStream: DecompressStream
        let isError: IsError
        let getErrorName: ErrorName
        let dStreamOutSize: Size

        func errorName(_ code: Int) -> String { getErrorName(code).map { String(cString: $0) } ?? "error \(code)" }

        static let shared: Result<Library, Failure> = load()

        private static func load() -> Result<Library, Failure> {
            let names = ["libzstd.so.1", "libzstd.so", "libzstd.1.dylib", "libzstd.dylib"]
            guard let handle = names.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else {
                return .failure(Failure(message: "zstd: libzstd.so.1 is not installed (Debian: apt-get install libzstd1); "
                    + "it is needed for Anki's current package layout (collection.anki21b)"))
            }
            func symbol<T>(_ name: String, as type: T.Type) -> T? {
                dlsym(handle, name).map { unsafeBitCast($0, to: type) }
            }
            guard let create = symbol("ZSTD_createDStream", as: CreateDStream.self),
                  let free = symbol("ZSTD_freeDStream", as: StreamFunction.self),
                  let initialize = symbol("ZSTD_initDStream", as: StreamFunction.self),
                  let decompress = symbol("ZSTD_decompressStream", as: DecompressStream.self),
                  let isError = symbol("ZSTD_isError", as: IsError.self),
                  let errorName = symbol("ZSTD_getErrorName", as: ErrorName.self),
                  let outSize = symbol("ZSTD_DStreamOutSize", as: Size.self) else {
                return .failure(Failure(message: "zstd: the installed libzstd lacks the streaming functions"))
            }
            return .success(Library(createDStream: create, freeDStream: free, initDStream: initialize,
                                    decompressStream: decompress, isError: isError, getErrorName: errorName,
                                    dStreamOutSize: outSize))
        }
    }
}
