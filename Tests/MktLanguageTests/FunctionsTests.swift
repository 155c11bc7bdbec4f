import MarketModel
import MktResult
import Testing

@testable import MktLanguage

private func num(_ literal: String) -> Value {
    Fixed(literal: Substring(literal)).map(Value.number) ?? .text(literal)
}

/// Calls `name` and shows the result as printed, or the error as the user reads it.
private func run(_ name: String, _ args: Value...) -> String {
    do {
        let v = try Functions.call(name: name, args: args)
        return v == .null ? "null" : v.plainText
    } catch {
        return "error: \(error.message)"
    }
}

@Suite struct FunctionsTests {
    @Test func absIsExact() {
        #expect(run("abs", num("-0.0016")) == "0.0016")
        #expect(run("abs", num("6169.41")) == "6169.41")
        #expect(run("abs", .real(-2.5)) == "2.5")
        #expect(run("abs", .number(Fixed(units: .min, scale: 0))) == "9.223372036854776e+18")
    }

    @Test func roundIsHalfAwayFromZero() {
        #expect(run("round", num("2.5")) == "3")
        #expect(run("round", num("-2.5")) == "-3")
        #expect(run("round", num("2.4999")) == "2")
        #expect(run("round", num("0.045"), num("2")) == "0.05")
        #expect(run("round", num("-0.045"), num("2")) == "-0.05")
        #expect(run("round", num("6169.41"), num("1")) == "6169.4")
        // Already shorter than n decimals: unchanged, as written.
        #expect(run("round", num("2.5"), num("3")) == "2.5")
        #expect(run("round", num("2.5"), num("2.00")) == "2.5")
        #expect(run("ROUND", num("1.5")) == "2")
    }

    @Test func roundToTensAndHundreds() {
        #expect(run("round", num("1249.5"), num("-2")) == "1200")
        #expect(run("round", num("1250"), num("-2")) == "1300")
        #expect(run("round", num("-1250"), num("-2")) == "-1300")
        #expect(run("round", num("33800.60"), num("-3")) == "34000")
        #expect(run("round", num("0.4"), num("-1")) == "0")
        #expect(run("round", num("9000000000000000000"), num("-18")) == "9000000000000000000")
        let largest = Value.number(Fixed(units: .max, scale: 0))
        #expect(run("round", largest, num("-18")) == "9000000000000000000")
        // 9223372036854775807 to tens is …810, past Int64: floating point.
        #expect(run("round", largest, num("-1")) == "9.223372036854776e+18")
    }

    @Test func roundOnInexactNumbers() {
        #expect(run("round", .real(2.5)) == "3")
        #expect(run("round", .real(-1.23456), num("3")) == "-1.235")
        #expect(run("round", .real(1249.5), num("-2")) == "1200")
        #expect(run("round", .real(1e300), num("18")) == "1e+300")
    }

    @Test func textFunctions() {
        #expect(run("lower", .text("Pétrole WTI")) == "pétrole wti")
        #expect(run("upper", .text("Pétrole WTI")) == "PÉTROLE WTI")
        #expect(run("upper", .text("straße")) == "STRASSE")
        #expect(run("len", .text("Pétrole")) == "7")
        // A decomposed é is one character, and so is a flag.
        #expect(run("len", .text("Pe\u{301}trole")) == "7")
        #expect(run("len", .text("🇫🇷")) == "1")
        #expect(run("len", .text("")) == "0")
        // Text only, like lower and upper (round("x") is an error too).
        #expect(run("len", num("6169.41")) == "error: len needs text, got a number")
        #expect(run("len", .bool(true)) == "error: len needs text, got a boolean")
    }

    @Test func nullGoesThrough() {
        #expect(run("abs", .null) == "null")
        #expect(run("round", .null, num("2")) == "null")
        #expect(run("round", num("2.5"), .null) == "null")
        #expect(run("lower", .null) == "null")
        #expect(run("len", .null) == "null")
    }

    @Test func errorsAUserCanActOn() {
        #expect(run("round", num("1"), num("2"), num("3")) == "error: round takes 1 or 2 arguments, got 3: round(x, n)")
        #expect(run("round") == "error: round takes 1 or 2 arguments, got 0: round(x, n)")
        #expect(run("abs", num("1"), num("2")) == "error: abs takes 1 argument, got 2: abs(x)")
        #expect(run("lower", num("1")) == "error: lower needs text, got a number")
        #expect(run("upper", .bool(true)) == "error: upper needs text, got a boolean")
        #expect(run("abs", .text("CAC 40")) == "error: abs needs a number, got text")
        #expect(run("round", .text("x")) == "error: round needs a number, got text")
        #expect(run("len", .bool(false)) == "error: len needs text, got a boolean")
        #expect(run("round", num("1"), num("1.5")) == "error: round needs a whole number of decimals, got 1.5")
        #expect(run("round", num("1"), .text("2")) == "error: round needs a whole number of decimals, got text")
        #expect(run("round", num("1"), num("40")) == "error: round can keep -18 to 18 decimals, got 40")
        #expect(run("rond", num("1")) == "error: unknown function 'rond' — did you mean 'round'?")
        #expect(
            run("sqrt", num("1"))
                == "error: unknown function 'sqrt' (functions: abs, round, lower, upper, len, string, substring, "
                + "starts, ends, contains, year, month, day, weekday, if)")
    }

    @Test func helpListsEveryFunctionOfTheVocabulary() {
        #expect(Functions.signatures.map(\.name) == Vocabulary.functions)
        #expect(
            Functions.signature(named: "round")?.helpLine
                == "round(x, n) — x rounded to n decimals (default 0, negative for tens, hundreds…), "
                + "half away from zero")
        for s in Functions.signatures {
            #expect(s.helpLine.hasPrefix(s.name + "("))
        }
    }
}
