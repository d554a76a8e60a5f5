using System.Text.Json;
using Site.Generator.Rendering;

namespace Site.Tests.Rendering;

[Trait(Tier.Name, Tier.Fast)]
public sealed class JsonTextTests
{
    [Fact]
    public void A_write_inside_a_write_gets_its_own_buffer_and_both_texts_are_whole()
    {
        string? inner = null;
        var outer = JsonText.Write(default, json =>
        {
            json.WriteStartObject();
            json.WriteString("before", "a");
            inner = JsonText.Write(default, nested =>
            {
                nested.WriteStartArray();
                nested.WriteNumberValue(1);
                nested.WriteEndArray();
            });
            json.WriteString("after", "b");
            json.WriteEndObject();
        });

        Assert.Equal("""{"before":"a","after":"b"}""", outer);
        Assert.Equal("[1]", inner);
        Assert.Equal("""{"x":2}""", JsonText.Write(default, json => { json.WriteStartObject(); json.WriteNumber("x", 2); json.WriteEndObject(); }));
    }
}
