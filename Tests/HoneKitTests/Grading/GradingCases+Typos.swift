import HoneKit

/// Typos: insertions, deletions, substitutions and swaps, in answers of 3 to 20 letters.
/// One edit is allowed from 4 letters, two from 8, none below 4.
extension GradingCase {
    static let typos: [GradingCase] = [
        // 3 letters: no typo allowed
        .wrong("RAF", "RAG"),
        .wrong("cot", "cat"),
        .wrong("DOP", "DPO"),
        // 4 letters: one edit
        .close("Adma", "Adam"),                           // swap
        .close("lira", "LoRA"),                           // substitution
        .wrong("Amad", "Adam"),                           // two edits
        // 5 letters
        .term("scael", "scale", .close),                  // swap
        .close("Titn", "Titan"),                          // deletion
        // 6 letters
        .close("Cluade", "Claude"),                       // swap
        .close("Claud", "Claude"),                        // deletion
        .close("Gemni", "Gemini"),                        // deletion
        // 7 letters
        .close("sofmax", "softmax"),                      // deletion
        .close("droppout", "dropout"),                    // insertion
        .wrong("dorpuot", "dropout"),                     // two swaps
        // 8 letters: two edits
        .close("gradeint", "gradient"),                   // swap
        .close("gardeint", "gradient"),                   // two swaps
        .wrong("gardeinnt", "gradient"),                  // three edits
        // 9 letters
        .term("allignment", "alignment", .close),         // insertion
        .term("emergance", "emergence", .close),          // substitution
        .close("Anthropik", "Anthropic", rivals: ["OpenAI", "Google DeepMind"]),
        .close("Antrhopik", "Anthropic", rivals: ["OpenAI"]),  // swap + substitution
        .wrong("Antrhopikk", "Anthropic", rivals: ["OpenAI"]), // three edits
        // 10 letters
        .term("generalty", "generality", .close),         // deletion
        .close("perplexety", "perplexity"),               // substitution
        // 11 letters
        .term("pretrainig", "pretraining", .close),       // deletion
        .term("pretrainning", "pretraining", .close),     // insertion
        .term("transfromer", "transformer", .close),      // swap
        .term("pertranig", "pretraining", .wrong),        // three edits
        // 12 letters
        .close("optimisation", "optimization"),           // substitution
        // 13 letters
        .term("self-atention", "self-attention", .close), // deletion
        .term("self atetnion", "self-attention", .close), // swap + deletion
        // 14 letters
        .close("hyperparamter", "hyperparameter"),        // deletion
        .wrong("hipperparamiter", "hyperparameter"),      // three edits
        // 15 letters
        .term("foundation modle", "foundation model", .close),
        .term("fondation modle", "foundation model", .close),
        .term("fondatoin modle", "foundation model", .wrong),
        // 16 letters
        .term("transfer lerning", "transfer learning", .close),
        // 17 letters
        .term("promt enginering", "prompt engineering", .close),
        // 18 letters
        .term("large langauge modle", "large language model", .close),
        .term("larg langauge modle", "large language model", .wrong),
        // 19 letters
        .term("constrastive matching", "contrastive matching", .close),
        .term("next-tokken predicton", "next-token prediction", .close),
        // 20 letters
        .term("supervized fine tunning", "instruction fine-tuning", .close),
        .term("supervized fine tunnning", "instruction fine-tuning", .wrong),
        // Typos in a plural, with accents and across hyphens
        .term("foundation modles", "foundation model", .close),
        .close("naieve", "naïve"),
        .term("finetunnig", "fine-tuning", .close),
    ]
}
