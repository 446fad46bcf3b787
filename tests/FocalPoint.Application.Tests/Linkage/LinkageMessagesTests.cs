using FocalPoint.Application.Common;
using FocalPoint.Application.Linkage;
using FocalPoint.Linkage;

namespace FocalPoint.Application.Tests.Linkage;

/// <summary>Issue 10 item 9: the engine's errors reach the pages as codes with arguments, never as English only.</summary>
public sealed class LinkageMessagesTests
{
    [Fact]
    public void For_CodedEngineError_KeepsTheCodeTheArgumentsAndTheEnglish()
    {
        var error = new LinkageException(LinkageErrorCodes.UnknownKey, "Unknown key 'matchTreshold'. Did you mean 'matchThreshold'?", ["$", "matchTreshold", "matchThreshold"]);

        var message = LinkageMessages.For(error);

        Assert.Equal("LinkageSettingsUnknownKey", message.Code);
        Assert.Equal(["$", "matchTreshold", "matchThreshold"], message.Arguments.Cast<string>());
        Assert.Equal(error.Message, message.English);
    }

    [Fact]
    public void For_OlderUncodedError_IsFramedByTheTranslatedSettingsMessage()
    {
        var message = LinkageMessages.For(new LinkageException("The input has no records."));

        Assert.Equal(Messages.LinkageSettings.Code, message.Code);
        Assert.Contains("The input has no records.", message.English, StringComparison.Ordinal);
    }
}
