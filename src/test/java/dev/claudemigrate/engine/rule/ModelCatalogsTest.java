package dev.claudemigrate.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claudemigrate.engine.syntax.Listings;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The head-first search for other models' IDs finds what the regex's own find() loop finds. */
class ModelCatalogsTest {
  /** The plain loop the head-first search replaces. */
  private static List<Listings.Mention> byFind(String text) {
    List<Listings.Mention> found = new ArrayList<>();
    Matcher o = ModelCatalogs.OTHER_MODEL.matcher(text);
    while (o.find()) {
      found.add(new Listings.Mention(o.start(), o.group()));
    }
    return found;
  }

  @Test
  void findsWhatFindFinds() {
    for (String text :
        List.of(
            "",
            "models = [\"gpt-4o\", \"gemini-1.5-pro\", \"meta.llama3-8b-instruct-v1:0\"]",
            "us.anthropic.claude-3-5-sonnet-20240620-v1:0 and eu.meta.llama3-2-1b-instruct-v1:0",
            "us-gov.anthropic.claude-3-haiku-20240307-v1:0, global.amazon.nova-pro-v1:0",
            "x-gpt-4 .gpt-4 _claude-3 claude-3-opus-20240229-claude-2.1 llama3 llama-3",
            "cohere.embed(x) cohere.command-r-plus-v1:0 mistral.mistral-large-2402-v1:0",
            "command-r-plus grok-2-latest deepseek-chat deepseek.r1-v1:0 qwen.qwen3-32b-v1:0",
            "apac.amazon.nova-lite-v1:0 jp.x-y au.anthropic.claude-sonnet-4 ca.writer.palmyra-x5-v1",
            "twelvelabs.marengo-embed-2-7-v1:0 luma.ray-v2:0 stability.sd3-5-large-v1:0 ai21.jamba-1-5",
            "gpt-4o-mini-gpt-4o ugpt-4 µgpt-4 çclaude-x claude-")) {
      assertEquals(byFind(text), ModelCatalogs.otherModels(text), text);
    }
  }

  @Test
  void findsWhatFindFindsInRandomText() {
    String[] parts = {
      "us.",
      "eu.",
      "us-gov.",
      "global.",
      "anthropic.",
      "amazon.",
      "meta.",
      "mistral",
      "gpt-",
      "gemini-",
      "claude-",
      "llama",
      "command-r",
      "grok-",
      "deepseek",
      "qwen.",
      "3",
      "4o",
      "-",
      ".",
      "_",
      ":",
      "0",
      "v1",
      " ",
      "\n",
      "\"",
      "a",
      "Z",
      "é",
      "sonnet",
      "x-",
      "9b"
    };
    Random random = new Random(91);
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(parts[random.nextInt(parts.length)]);
      }
      String t = text.toString();
      assertEquals(byFind(t), ModelCatalogs.otherModels(t), t);
    }
  }
}
