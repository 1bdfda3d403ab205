package nl.motiemonitor.dashboard;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Messages (a dashboard item's number, title and note: {@link MessageSourceResolvable}, an interface Jackson cannot
 * make) as JSON and back: codes, arguments and default message, each left out when null. An argument is text, a
 * whole number ({@link Long}), a message again or null, as {@link Dashboards} makes them; any other is refused when
 * written, since it would be read back as something else (an Integer as a Long, a date as text) and the stored
 * dashboard would no longer be the computed one.
 */
final class MessageJson {

    static final SimpleModule MODULE = new SimpleModule("messages")
            .addSerializer(MessageSourceResolvable.class, new ValueSerializer<MessageSourceResolvable>() {
                @Override
                public void serialize(MessageSourceResolvable message, JsonGenerator json,
                        SerializationContext context) {
                    json.writeTree(tree(message));
                }
            })
            .addDeserializer(MessageSourceResolvable.class, new ValueDeserializer<MessageSourceResolvable>() {
                @Override
                public MessageSourceResolvable deserialize(JsonParser json, DeserializationContext context) {
                    return message(context.readTree(json));
                }
            });

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MessageJson() {
    }

    private static ObjectNode tree(MessageSourceResolvable message) {
        ObjectNode tree = NODES.objectNode();
        if (message.getCodes() != null) {
            ArrayNode codes = tree.putArray("codes");
            for (String code : message.getCodes()) {
                codes.add(code);
            }
        }
        if (message.getArguments() != null) {
            ArrayNode arguments = tree.putArray("arguments");
            for (Object argument : message.getArguments()) {
                arguments.add(argumentTree(argument));
            }
        }
        if (message.getDefaultMessage() != null) {
            tree.put("defaultMessage", message.getDefaultMessage());
        }
        return tree;
    }

    private static JsonNode argumentTree(Object argument) {
        if (argument == null) {
            return NODES.nullNode();
        } else if (argument instanceof String text) {
            return NODES.stringNode(text);
        } else if (argument instanceof Long number) {
            return NODES.numberNode(number);
        } else if (argument instanceof MessageSourceResolvable message) {
            return tree(message);
        }
        throw new IllegalArgumentException("A message argument of type " + argument.getClass().getName()
                + " would not be read back the same from JSON: " + argument);
    }

    private static MessageSourceResolvable message(JsonNode tree) {
        String[] codes = tree.has("codes")
                ? tree.get("codes").valueStream().map(JsonNode::stringValue).toArray(String[]::new) : null;
        Object[] arguments = tree.has("arguments")
                ? tree.get("arguments").valueStream().map(MessageJson::argument).toArray() : null;
        String defaultMessage = tree.has("defaultMessage") ? tree.get("defaultMessage").stringValue() : null;
        return new DefaultMessageSourceResolvable(codes, arguments, defaultMessage);
    }

    private static Object argument(JsonNode argument) {
        if (argument.isNull()) {
            return null;
        } else if (argument.isString()) {
            return argument.stringValue();
        } else if (argument.isIntegralNumber()) {
            return argument.longValue();
        } else if (argument.isObject()) {
            return message(argument);
        }
        throw new IllegalArgumentException("Not a message argument: " + argument);
    }
}
