import Testing

@testable import MktShell

/// Whether table views draw with Unicode blocks: the locale's character set, unless NO_COLOR.
@Suite struct UnicodeChoiceTests {
    func choice(_ environment: [String: String]) -> Bool { Launch.wantsUnicode { environment[$0] } }

    @Test func theFirstLocaleVariableSetDecides() {
        #expect(choice(["LANG": "fr_FR.UTF-8"]))
        #expect(choice(["LC_ALL": "C.utf8", "LANG": "C"]))
        #expect(!choice(["LC_ALL": "C", "LANG": "en_US.UTF-8"]))
        #expect(!choice(["LC_CTYPE": "POSIX", "LANG": "en_US.UTF-8"]))
        #expect(choice(["LC_ALL": "", "LANG": "en_US.UTF-8"]))
        #expect(choice([:]))
    }

    @Test func noColorAsksForPlainASCII() {
        #expect(!choice(["NO_COLOR": "1", "LANG": "en_US.UTF-8"]))
        #expect(choice(["NO_COLOR": "", "LANG": "en_US.UTF-8"]))
    }
}
