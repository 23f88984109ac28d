namespace ServiceBot.Understanding;

/// <summary>Which part of the recogniser decided: exact words are trusted more than the classifier.</summary>
public enum UnderstoodBy
{
    Nothing,

    /// <summary>The whole message is a command keyword, a button's label, a mood or trigger word.</summary>
    ExactWords,

    /// <summary>Request words and a draft ("revisa este mensaje: …").</summary>
    DraftRequest,

    /// <summary>Read as the answer to the open question (yes/no words, a number, a playbook's number or name).</summary>
    PromptAnswer,

    Classifier,
}
