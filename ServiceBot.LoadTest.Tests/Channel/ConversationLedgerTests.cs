using System.Text;
using ServiceBot.LoadTest.Channel;
using ServiceBot.LoadTest.Script;

namespace ServiceBot.LoadTest.Tests.Channel;

public sealed class ConversationLedgerTests
{
    private const string CardActivity = """
        {"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":
          {"type":"AdaptiveCard","version":"1.5","body":[],"actions":[{"type":"Action.Submit","title":"A","data":{"verb":"a"}}]}}]}
        """;

    private const string TextActivity = """{"type":"message","text":"Atención iniciada"}""";

    [Fact]
    public void Calls_AreCountedWithTheirBytes_ByKind()
    {
        var ledger = new ConversationLedger("a:1");

        ledger.RecordCall(ConnectorCallKind.Reply, "1", Bytes(TextActivity));
        ledger.RecordCall(ConnectorCallKind.Update, "1", Bytes(CardActivity));

        Assert.Equal(2, ledger.Totals.Calls);
        Assert.Equal(Bytes(TextActivity).Length + Bytes(CardActivity).Length, ledger.Totals.Bytes);
        Assert.Equal(1, ledger.Totals.ByKind[ConnectorCallKind.Update]);
        Assert.Equal(2, ledger.Replies);
    }

    [Fact]
    public void TheNewestCard_IsTheLastActivityWithACard_NotTheLastActivity()
    {
        var ledger = new ConversationLedger("a:1");

        ledger.RecordCall(ConnectorCallKind.Reply, "10", Bytes(CardActivity));
        ledger.RecordCall(ConnectorCallKind.Reply, "11", Bytes(TextActivity));

        Assert.Equal("10", ledger.NewestCard!.ActivityId);
        Assert.Equal("A", CardButton.FindAll(Assert.Single(ledger.NewestCard.Cards()))[0].Title);
    }

    [Fact]
    public void AnInvokeResponseCard_TakesTheClickedMessagesPlace()
    {
        var ledger = new ConversationLedger("a:1");
        ledger.RecordCall(ConnectorCallKind.Reply, "10", Bytes(CardActivity));

        ledger.RecordInvokeResponse("10", Bytes("""
            {"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard","body":[],"actions":[{"type":"Action.Execute","title":"B","verb":"b"}]}}
            """));

        Assert.True(ledger.NewestCard!.FromInvokeResponse);
        Assert.Equal("10", ledger.NewestCard.ActivityId);
        Assert.Equal("b", CardButton.FindAll(Assert.Single(ledger.NewestCard.Cards()))[0].Verb);
        Assert.True(ledger.Totals.InvokeResponseBytes > 0);
        Assert.Equal(2, ledger.Replies);
    }

    [Fact]
    public async Task WaitingForAReply_ReturnsAsSoonAsOneArrives()
    {
        var ledger = new ConversationLedger("a:1");
        var waiting = ledger.WaitForRepliesAsync(0, TimeSpan.FromSeconds(30), TimeProvider.System, CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        ledger.RecordCall(ConnectorCallKind.Reply, "1", Bytes(TextActivity));

        Assert.True(await waiting);
    }

    [Fact]
    public async Task WaitingForAReply_ThatAlreadyCame_DoesNotWait()
    {
        var ledger = new ConversationLedger("a:1");
        ledger.RecordCall(ConnectorCallKind.Reply, "1", Bytes(TextActivity));

        var waiting = ledger.WaitForRepliesAsync(0, TimeSpan.FromSeconds(30), TimeProvider.System, CancellationToken.None);

        Assert.True(waiting.IsCompleted);
        Assert.True(await waiting);
    }

    [Fact]
    public async Task WaitingForAReply_ThatNeverComes_GivesUpAtTheTimeout()
    {
        var ledger = new ConversationLedger("a:1");
        ledger.RecordCall(ConnectorCallKind.Reply, "1", Bytes(TextActivity));

        Assert.False(await ledger.WaitForRepliesAsync(1, TimeSpan.FromMilliseconds(20), TimeProvider.System, CancellationToken.None));
    }

    [Fact]
    public void TheRunLedger_CountsALateReplyInItsConversationsPhase_AndCallsForNoConversationApart()
    {
        var run = new ConnectorLedger();
        var phase = new ConnectorTotals();
        var ledger = run.Open("a:1");

        run.Record(new ConnectorPath(ConnectorCallKind.Reply, "a:1", null), "1", Bytes(TextActivity));
        run.Record(new ConnectorPath(ConnectorCallKind.Send, "a:other", null), "2", Bytes(TextActivity));
        phase.Add(ledger.Totals);
        run.Close(ledger, phase);
        run.Record(new ConnectorPath(ConnectorCallKind.Send, "a:1", null), "3", Bytes(TextActivity));

        Assert.Equal(1, ledger.Totals.Calls);
        Assert.Equal(2, phase.Calls);
        Assert.Equal(1, run.Late);
        Assert.Equal(1, run.Unattributed.Calls);
    }

    private static byte[] Bytes(string json) => Encoding.UTF8.GetBytes(json);
}
