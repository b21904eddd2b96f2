import HoneKit

/// Sets of values: any order, any separator, every value and no other.
extension GradingCase {
    static let multiValue: [GradingCase] = [
        // "Text, vision, audio" in any order, with each separator
        .correct("Text, vision, audio", "Text, vision, audio", multi: true),
        .correct("audio, text, vision", "Text, vision, audio", multi: true),
        .correct("vision and audio and text", "Text, vision, audio", multi: true),
        .correct("text/vision/audio", "Text, vision, audio", multi: true),
        .correct("audio; vision; text", "Text, vision, audio", multi: true),
        .correct("text & vision & audio", "Text, vision, audio", multi: true),
        .correct("text, vision and audio", "Text, vision, audio", multi: true),
        .correct("text, vision, and audio", "Text, vision, audio", multi: true),
        .correct("Audio & Text, Vision", "Text, vision, audio", multi: true),
        .correct("text,vision,audio", "Text, vision, audio", multi: true),
        .correct("AUDIO / VISION / TEXT", "Text, vision, audio", multi: true),
        // Typos in values make the whole close
        .close("txt, vision, audio", "Text, vision, audio", multi: true, reason: "typo accepted"),
        .close("audio, text, visoin", "Text, vision, audio", multi: true),
        .close("text, vision, audi", "Text, vision, audio", multi: true),
        // Missing and extra values
        .wrong("text, vision", "Text, vision, audio", multi: true, reason: "missing: audio"),
        .wrong("text", "Text, vision, audio", multi: true, reason: "missing: vision, audio"),
        .wrong("text, vision, audio, video", "Text, vision, audio", multi: true, reason: "extra: video"),
        .wrong("text, vision, vision", "Text, vision, audio", multi: true, reason: "missing: audio; extra: vision"),
        .correct("text vision audio", "Text, vision, audio", multi: true),   // in order: only punctuation differs
        .correct("vision text audio", "Text, vision, audio", multi: true),   // spaces alone between single words
        .wrong("vision text", "Text, vision, audio", multi: true, reason: "missing: audio"),
        .wrong("open weights API", "API, open weights", multi: true),
        .wrong("", "Text, vision, audio", multi: true, reason: "empty"),
        // Other cells of the deck's table
        .correct("open weights, API", "API, open weights", multi: true),
        .correct("API and open weights", "API, open weights", multi: true),
        .correct("api/open weight", "API, open weights", multi: true),
        .correct("open-weights & API", "API, open weights", multi: true),
        .wrong("API", "API, open weights", multi: true, reason: "missing: open weights"),
        .wrong("API, Bedrock", "API, open weights", rivals: ["API, Bedrock", "Bedrock", "Vertex AI"], multi: true,
               reason: "missing: open weights; extra: Bedrock"),
        .correct("Bedrock, API", "API, Bedrock", multi: true),
        .correct("images, text, embedding", "Text, embeddings, image", multi: true),
        .wrong("text, embeddings, image, audio", "Text, embeddings, image", multi: true, reason: "extra: audio"),
        .correct("o3 and GPT 4o", "GPT-4o, o3", multi: true),
        .wrong("GPT-4o", "GPT-4o, o3", multi: true, reason: "missing: o3"),
        .wrong("o1, GPT-4o", "GPT-4o, o3", multi: true, reason: "missing: o3; extra: o1"),
        .correct("Vertex AI and API", "API, Vertex AI", multi: true),
        .wrong("vertex, API", "API, Vertex AI", multi: true, reason: "missing: Vertex AI; extra: vertex"),
        .wrong("text, audio", "Text, vision", rivals: ["Text, vision, audio", "Text", "audio", "video"], multi: true,
               reason: "missing: vision; extra: audio"),
        // A single value marked multi-value is graded as a single value
        .correct("bedrock only", "Bedrock only", multi: true),
        .wrong("Bedrock", "Bedrock only", multi: true),
    ]
}
