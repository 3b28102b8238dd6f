using System.Text;
using Compare.Articles;
using NUnit.Framework;

namespace Compare.Tests.Articles;

[TestFixture]
internal sealed class TextDecoderTests
{
    private const string Text = "Caf\u00e9 \u0645\u0631\u062d\u0628\u0627 \U0001F600\r\nline two\rline three\n";

    [TestCase("utf-8", "UTF-8")]
    [TestCase("utf-16", "UTF-16LE")]
    [TestCase("utf-16BE", "UTF-16BE")]
    [TestCase("utf-32", "UTF-32LE")]
    [TestCase("utf-32BE", "UTF-32BE")]
    public void A_byte_order_mark_decides_the_encoding_and_is_not_part_of_the_text(string name, string expected)
    {
        var encoding = Encoding.GetEncoding(name);

        var result = TextDecoder.Decode("a.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(Text)]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Text, Is.EqualTo(Text), "line endings and every character kept");
            Assert.That(result.Encoding, Is.EqualTo(expected));
            Assert.That(result.Warnings, Is.Empty);
        }
    }

    [Test]
    public void Utf8_without_a_byte_order_mark_is_read_as_is() =>
        Assert.That(TextDecoder.Decode("a.txt", Encoding.UTF8.GetBytes(Text)).Text, Is.EqualTo(Text));

    [Test]
    public void Invalid_utf8_is_replaced_and_the_warning_names_the_first_line_and_the_count()
    {
        byte[] bytes = [.. "one\r\ntwo\rthree "u8, 0xC3, 0x28, .. " four\n"u8, 0xFF, .. " \uFFFD kept"u8];

        var result = TextDecoder.Decode("a.txt", bytes);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Text, Is.EqualTo("one\r\ntwo\rthree \uFFFD( four\n\uFFFD \uFFFD kept"));
            Assert.That(result.Warnings.Single().Code, Is.EqualTo("input.invalid-utf8"));
            Assert.That(result.Warnings.Single().Line, Is.EqualTo(3));
            Assert.That(result.Warnings.Single().Message, Does.Contain("2 byte sequence(s)").And.Contain("line 3 (byte offset 15)"));
        }
    }

    [Test]
    public void Utf16_with_a_lone_surrogate_or_an_odd_length_is_replaced_with_a_warning()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("ok\n"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("x"), 0x41];

        var result = TextDecoder.Decode("a.txt", bytes);

        Assert.That(result.Text!.Replace("\n", "|"), Does.StartWith("ok|\uFFFD"));
        Assert.That(result.Warnings.Single().Code, Is.EqualTo("input.invalid-utf16"));
        Assert.That(result.Warnings.Single().Line, Is.EqualTo(2));
    }

    [TestCase(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x00, 0x01 }, "NUL")]
    [TestCase(new byte[] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x41 }, "control characters")]
    public void Binary_is_not_text(byte[] bytes, string why)
    {
        var result = TextDecoder.Decode("a.txt", bytes);

        Assert.That(result.Text, Is.Null);
        Assert.That(result.NotText, Does.Contain(why).And.Contain(";"));
    }

    [TestCase(2, true)]
    [TestCase(3, false)]
    public void Two_stray_control_characters_in_a_hundred_bytes_are_text_and_three_are_not(int controls, bool isText)
    {
        var bytes = Enumerable.Repeat((byte)'a', 100).ToArray();
        for (var i = 0; i < controls; i++)
        {
            bytes[10 + (i * 30)] = 0x07;
        }

        Assert.That(TextDecoder.Decode("a.txt", bytes).Text is not null, Is.EqualTo(isText));
    }

    [Test]
    public void Utf16_without_a_byte_order_mark_is_called_binary_with_the_fix() =>
        Assert.That(TextDecoder.Decode("a.txt", Encoding.Unicode.GetBytes("Hello")).NotText, Does.Contain("UTF-16").And.Contain("save it as UTF-8"));

    [Test]
    public void A_stray_form_feed_or_escape_is_still_text() =>
        Assert.That(TextDecoder.Decode("a.txt", "Page one\fPage two \u001b[0m\n"u8.ToArray()).Text, Is.Not.Null);
}
