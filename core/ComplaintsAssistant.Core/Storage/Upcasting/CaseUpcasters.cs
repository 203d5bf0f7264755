namespace ComplaintsAssistant.Core.Storage.Upcasting;

/// <summary>Every step of the stored case document's history, oldest first. Version 1 is the shape stored before
/// documents carried a <c>schemaVersion</c>. To change the shape: write one <see cref="ICaseUpcaster"/> whose
/// <c>From</c> is the current version (a class of its own in this folder) and add it at the end of this list; every
/// case is then written at the next version, and older ones are upcast as they are read.</summary>
public static class CaseUpcasters
{
    public static UpcasterChain Chain { get; } = new([new ReportingVocabularyUpcaster()]);
}
