import Foundation
import Testing

@testable import FinsamCore

@Suite("SHA-256")
struct SHA256Tests {
    @Test("FIPS 180-4 test vectors: \"abc\", the empty string, the two-block message, a million a")
    func vectors() {
        // FIPS 180-4 / NIST CSRC example values for SHA-256.
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(
        "Fed in pieces across block boundaries, the digest is the same; it agrees with Python's hashlib on the fixtures"
    )
    func incremental() throws {
        let bytes = try fixtureBytes("Fixtures/plans/sunnerbo-2022.json")
        var hash = SHA256()
        var offset = 0
        for size in [1, 63, 64, 65, 200, 7] {
            let end = min(bytes.count, offset + size)
            hash.update(Array(bytes[offset..<end]))
            offset = end
        }
        hash.update(Array(bytes[offset...]))
        let pieces = hash.finish().map { String(format: "%02x", $0) }.joined()
        #expect(pieces == SHA256.hex(bytes))
        let path = repositoryRoot.appendingPathComponent("Fixtures/plans/sunnerbo-2022.json").path
        let python = try python(
            "import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],'rb').read()).hexdigest())", [path])
        #expect(python.output == SHA256.hex(bytes) + "\n")
    }
}
