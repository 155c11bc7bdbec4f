import MarketSynth
import Testing

@testable import MarketModel

@Suite struct FixedTests {
    @Test func printsAsWritten() {
        #expect(Fixed(units: 616941, scale: 2).description == "6169.41")
        #expect(Fixed(units: -16, scale: 4).description == "-0.0016")
        #expect(Fixed(units: 5, scale: 3).description == "0.005")
        #expect(Fixed(units: 15, scale: 0).description == "15")
    }

    @Test func printsEveryScaleAndExtreme() {
        // Against a plain reference: digits, then the point placed from the right.
        func reference(_ f: Fixed) -> String {
            var digits = String(f.units.magnitude)
            let s = Int(f.scale)
            if s > 0 {
                if digits.count <= s { digits = String(repeating: "0", count: s - digits.count + 1) + digits }
                digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -s))
            }
            return f.units < 0 ? "-" + digits : digits
        }
        // Seeded, so a failure shows again on the next run.
        var generator = SplitMix64(seed: 2021_04_09)
        let units: [Int64] =
            [0, 1, -1, 9, 10, -100, .max, .min, .max - 1, .min + 1]
            + (0..<200).map { _ in Int64(bitPattern: generator.next()) >> Int64(generator.next() % 63) }
        for u in units {
            for s in 0...Int8(18) {
                let f = Fixed(units: u, scale: s)
                #expect(f.description == reference(f))
            }
        }
        #expect(Fixed(units: .min, scale: 18).description == "-9.223372036854775808")
        #expect(Fixed(units: 0, scale: 3).description == "0.000")
    }

    @Test func exactArithmetic() throws {
        let a = try #require(Fixed(literal: "6169.41"))
        let b = try #require(Fixed(literal: "3.69"))
        #expect((a - b)?.description == "6165.72")
        #expect((Fixed(literal: "0.1")! + Fixed(literal: "0.2")!)?.description == "0.3")
        #expect((Fixed(literal: "1.5")! * Fixed(literal: "-2.25")!)?.description == "-3.375")
    }

    @Test func productsKeepTheDecimalsOfBothOperands() throws {
        func product(_ a: String, _ b: String) -> String? {
            guard let x = Fixed(literal: Substring(a)), let y = Fixed(literal: Substring(b)) else { return nil }
            return (x * y)?.description
        }
        #expect(product("2.50", "2") == "5.00")
        #expect(product("33800.60", "1") == "33800.60")
        #expect(product("1.10", "1.10") == "1.2100")
        // Past 18 decimals: trailing zeros go first, then the last digits are rounded.
        #expect(product("0.0000000010", "0.0000000010") == "0.000000000000000001")
        #expect(product("0.000000015", "0.0000000001") == "0.000000000000000002")
        // Rounded once, from the exact product: 4.5e-19 is 0 at 18 decimals, not 1e-18 by
        // way of 5e-19; 1234567889.420987660445 keeps …660, not …661 by way of …6605.
        #expect(product("0.0000000015", "0.0000000003") == "0")
        #expect(product("99999.999945", "12345.678901") == "1234567889.42098766")
        // Past what 18 digits hold: decimals give way, the whole part never does.
        #expect(product("3037000499.5", "3037000499.5") == "9223372033963249500")
        #expect(product("3037000500.5", "3037000500.5") == nil)
    }

    @Test func sumsAndDifferencesRoundOnlyDecimalsThatDoNotFit() throws {
        func f(_ s: String) throws -> Fixed { try #require(Fixed(literal: Substring(s))) }
        #expect((try f("1.10") + f("1"))?.description == "2.10")
        #expect((try f("0.123456789012345678") + f("10"))?.description == "10.12345678901234568")
        #expect((try f("10") - f("0.123456789012345678"))?.description == "9.87654321098765432")
        #expect((try f("-0.000000000000000005") - f("100"))?.description == "-100")
        // The whole part never rounds.
        #expect((try f("9223372036854775807") + f("1")) == nil)
        #expect((try f("-9223372036854775807") - f("2")) == nil)
    }

    @Test func divisionWithoutFloatNoise() {
        let sum = (Fixed(literal: "0.06")! + Fixed(literal: "0.03")!)!
        #expect(Fixed.divide(sum, by: Fixed(2))?.description == "0.045")
        #expect(Fixed.divide(Fixed(1), by: Fixed(3))?.description == "0.333333333333")
        #expect(Fixed.divide(Fixed(1), by: .zero) == nil)
    }

    @Test func overflowIsNilNotACrash() {
        let big = Fixed(units: .max, scale: 0)
        #expect((big + Fixed(1)) == nil)
        #expect((big * big) == nil)
        #expect(Fixed(units: .max, scale: 0).rescaled(to: 2) == nil)
    }

    @Test func approximatesDoubles() {
        #expect(Fixed(approximating: 0.1 + 0.2)?.description == "0.3")
        #expect(Fixed(approximating: 2.0)?.description == "2")
        #expect(Fixed(approximating: -1234.5678)?.description == "-1234.5678")
        #expect(Fixed(approximating: .nan) == nil)
    }

    @Test func comparesAcrossScales() {
        #expect(Fixed(literal: "2.5")! < Fixed(literal: "2.51")!)
        #expect(Fixed(literal: "2.50")! == Fixed(literal: "2.5")!)
        #expect(Fixed(literal: "2.50")!.hashValue == Fixed(literal: "2.5")!.hashValue)
        #expect(Fixed(literal: "2.50")!.description == "2.50")
        #expect(Fixed(literal: "-3")! < Fixed(literal: "-2.999")!)
    }

    @Test func rounding() {
        #expect(Fixed(literal: "2.345")!.rounded(toPlaces: 2).description == "2.35")
        #expect(Fixed(literal: "-2.345")!.rounded(toPlaces: 2).description == "-2.35")
        #expect(Fixed(literal: "2.3")!.rounded(toPlaces: 2).description == "2.3")
    }

    @Test func fittingAWiderValueRoundsOnlyItsDecimals() {
        func fit(_ units: Int128, _ scale: Int) -> String? { Fixed.fitting(units: units, scale: scale)?.description }
        #expect(fit(330, 2) == "3.30")
        #expect(fit(10_123_456_789_012_345_678, 18) == "10.12345678901234568")
        #expect(fit(-10_123_456_789_012_345_675, 18) == "-10.12345678901234568")
        #expect(fit(1, 20) == "0")
        #expect(fit(18_446_744_073_709_551_614, 0) == nil)
        #expect(Fixed.divide(units: 18_446_744_073_709_551_614, scale: 0, by: Fixed(2))?.description == "9223372036854775807")
    }
}
