// swift-tools-version:6.0
// Alinea — OCR cleanup, structure-aware segmentation and French–English
// alignment of official decisions, exported as TMX 1.4b.
import PackageDescription

let package = Package(
    name: "Alinea",
    products: [
        .executable(name: "alinea", targets: ["alinea"]),
        .library(
            name: "Alinea",
            targets: ["AlineaText", "AlineaLexicon", "AlineaClean", "AlineaStructure", "AlineaAlign", "AlineaFormats"]
        ),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C bridges: the only places that see ICU's and Hunspell's headers.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .target(name: "CHunspell", linkerSettings: [.linkedLibrary("hunspell-1.7")]),
        // zlib inflate for FreeDict's dictzip (.dict.dz) files.
        .target(name: "CZlib", linkerSettings: [.linkedLibrary("z")]),

        // Text primitives on ICU: decoding, normalisation, case, transliteration, breaks.
        .target(name: "AlineaText", dependencies: ["CICU"]),
        // Lexical knowledge: Hunspell dictionaries with morphology, bilingual dictionaries.
        .target(name: "AlineaLexicon", dependencies: ["AlineaText", "CHunspell"]),
        // OCR cleanup of scanned decisions.
        .target(name: "AlineaClean", dependencies: ["AlineaText", "AlineaLexicon"]),
        // Document structure: blocks, clauses, sentences.
        .target(name: "AlineaStructure", dependencies: ["AlineaText", "AlineaLexicon"]),
        // Paragraph-then-sentence alignment.
        .target(name: "AlineaAlign", dependencies: ["AlineaText", "AlineaLexicon", "AlineaStructure", "CZlib"]),
        // Output formats: TMX 1.4b, TSV, beads, HTML review page, JSON.
        .target(name: "AlineaFormats", dependencies: ["AlineaText", "AlineaStructure", "AlineaAlign"]),

        // The command-line tool: a thin shell over the modules above.
        .executableTarget(
            name: "alinea",
            dependencies: [
                "AlineaText", "AlineaLexicon", "AlineaClean", "AlineaStructure", "AlineaAlign", "AlineaFormats",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // What several test targets share (a seeded random generator).
        .target(name: "AlineaTestSupport", path: "Tests/AlineaTestSupport"),
        .testTarget(name: "AlineaTextTests", dependencies: ["AlineaText"]),
        .testTarget(name: "AlineaLexiconTests", dependencies: ["AlineaLexicon", "AlineaTestSupport"]),
        .testTarget(name: "AlineaCleanTests", dependencies: ["AlineaClean", "AlineaText", "AlineaTestSupport"]),
        .testTarget(name: "AlineaStructureTests", dependencies: ["AlineaStructure", "AlineaText"]),
        .testTarget(name: "AlineaAlignTests", dependencies: ["AlineaAlign", "AlineaStructure"]),
        .testTarget(name: "AlineaFormatsTests", dependencies: ["AlineaFormats", "AlineaAlign", "AlineaStructure"]),
        .testTarget(name: "AlineaCLITests", dependencies: ["alinea"]),
    ]
)
