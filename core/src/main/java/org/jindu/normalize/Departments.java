package org.jindu.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jindu.model.Contact;

/**
 * Parses the 工作部门及负责人 / 责任单位 cell into units and contacts: "职成教科 张三 13812345678" is unit
 * 职成教科 and contact 张三 with that number.
 */
public final class Departments {

    /**
     * The units in the order written, and the people named with their numbers.
     *
     * @param departments the units, names and phone numbers taken out
     * @param contacts the people and numbers found
     */
    public record Result(List<String> departments, List<Contact> contacts) {
        public Result {
            departments = List.copyOf(departments);
            contacts = List.copyOf(contacts);
        }
    }

    private static final String PHONE_REGEX =
            "(?<![0-9])(?:0\\d{2,3}[-－]?\\d{7,8}|1[3-9]\\d{9}|\\d{7,8})(?![0-9])";
    private static final Pattern PHONE = Pattern.compile(PHONE_REGEX);
    private static final String NAME_LABEL_MARK = "\u0001N";
    private static final String PHONE_LABEL_MARK = "\u0001P";
    private static final Pattern NAME_LABEL = Pattern.compile("(?:负责人|联系人|责任人)\\s*[：:]?\\s*");
    private static final Pattern PHONE_LABEL = Pattern.compile(
            "(?:联系电话|联系方式|办公电话|电话|手机)\\s*(?:[：:]\\s*|(?=\\d))");
    /** An innermost bracketed group. */
    private static final Pattern BRACKETS = Pattern.compile("[（(【\\[]([^（）()【】\\[\\]]*)[）)】\\]]");
    private static final String SEPARATORS = "、，,；;/";
    private static final Pattern HAN_2_4 = Pattern.compile("\\p{IsHan}{2,4}");
    private static final String TOKEN_TRIM = "。.：:";

    /** Endings of unit names; a token ending in one is not taken for a person. */
    private static final String[] UNIT_ENDINGS = {
        "科", "局", "处", "室", "中心", "办", "站", "所", "院", "校", "委", "部", "队", "组", "会", "股", "厅",
        "馆", "司", "园", "府", "区", "县", "市", "镇", "乡", "街道", "公司", "集团", "小学", "中学", "大学",
        "协会", "单位", "部门"
    };

    /** Common single-character surnames; a person's name next to a number must start with one. */
    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
                    + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫"
                    + "孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅"
                    + "童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车"
                    + "项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛"
                    + "仲虞敖巩明佘池查麻苑迟邝";
    private static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "诸葛", "上官", "皇甫", "令狐", "慕容", "东方", "夏侯", "尉迟", "公孙", "长孙",
            "宇文", "司徒", "端木", "南宫", "呼延", "轩辕", "独孤", "西门");

    private enum Kind { TEXT, PHONE, NAME_LABEL, PHONE_LABEL }

    private static final class Token {
        final Kind kind;
        final String text;
        boolean used;
        boolean labelledName;
        boolean attached;

        Token(Kind kind, String text) {
            this.kind = kind;
            this.text = text;
        }
    }

    private Departments() {
    }

    /**
     * Parses a cleaned department cell. The cell is split on 、，,；;/ and whitespace outside brackets.
     * Phone numbers (mobile, landline with or without area code, optionally labelled 电话/联系电话/手机)
     * become contacts; the 2-4 character name right before (or else right after) a number becomes that
     * contact's name when it looks like a person's name; a name labelled 负责人/联系人/责任人 is taken as
     * is, with no number when none follows. A bracketed part holding a number or label is read the same
     * way; other brackets stay in the unit's name. Everything else is a unit, kept as written: a suffix
     * shared in speech ("学前、基教、职成教科") is not distributed.
     *
     * @param raw the cleaned cell, may be null
     * @return units and contacts, both empty for a blank cell
     */
    public static Result parse(String raw) {
        if (raw == null || raw.isBlank())
            return new Result(List.of(), List.of());
        String s = openContactBrackets(raw);
        s = NAME_LABEL.matcher(s).replaceAll(" " + NAME_LABEL_MARK + " ");
        s = PHONE_LABEL.matcher(s).replaceAll(" " + PHONE_LABEL_MARK + " ");
        s = PHONE.matcher(s).replaceAll(" $0 ");
        List<Token> tokens = tokenize(s);

        TreeMap<Integer, Contact> contacts = new TreeMap<>();
        // labelled names
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind != Kind.NAME_LABEL)
                continue;
            tokens.get(i).used = true;
            if (i + 1 < tokens.size() && tokens.get(i + 1).kind == Kind.TEXT
                    && HAN_2_4.matcher(tokens.get(i + 1).text).matches()) {
                tokens.get(i + 1).used = true;
                tokens.get(i + 1).labelledName = true;
            }
        }
        // phones and the names beside them
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind == Kind.PHONE_LABEL)
                t.used = true;
            if (t.kind != Kind.PHONE)
                continue;
            t.used = true;
            String name = null;
            int nameAt = i;
            int j = i - 1;
            while (j >= 0 && tokens.get(j).kind == Kind.PHONE_LABEL)
                j--;
            Token before = j >= 0 ? tokens.get(j) : null;
            if (before != null && before.labelledName && !before.attached) {
                name = before.text;
                before.attached = true;
                nameAt = j;
            } else if (before != null && before.kind == Kind.TEXT && !before.used) {
                if (isLikelyName(before.text)) {
                    name = before.text;
                    before.used = true;
                    before.attached = true;
                    nameAt = j;
                } else {
                    String[] split = splitUnitAndName(before.text);
                    if (split != null) {
                        tokens.set(j, new Token(Kind.TEXT, split[0]));
                        name = split[1];
                        nameAt = j;
                    }
                }
            }
            if (name == null && i + 1 < tokens.size()) {
                Token after = tokens.get(i + 1);
                boolean afterIsBeforeAnotherPhone = i + 2 < tokens.size()
                        && (tokens.get(i + 2).kind == Kind.PHONE || tokens.get(i + 2).kind == Kind.PHONE_LABEL);
                if (after.kind == Kind.TEXT && !after.used && !afterIsBeforeAnotherPhone
                        && isLikelyName(after.text)) {
                    name = after.text;
                    after.used = true;
                    after.attached = true;
                }
            }
            contacts.put(nameAt * 2 + (nameAt == i ? 1 : 0), new Contact(name, t.text));
        }
        List<String> departments = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.labelledName && !t.attached)
                contacts.put(i * 2, new Contact(t.text, null));
            else if (t.kind == Kind.TEXT && !t.used)
                departments.add(t.text);
        }
        return new Result(departments, new ArrayList<>(contacts.values()));
    }

    /** Turns brackets around a phone number or a label into separators, so their content is read. */
    private static String openContactBrackets(String s) {
        Matcher m = BRACKETS.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inner = m.group(1);
            boolean contact = PHONE.matcher(inner).find() || NAME_LABEL.matcher(inner).find()
                    || PHONE_LABEL.matcher(inner).find();
            m.appendReplacement(out, Matcher.quoteReplacement(contact ? " " + inner + " " : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("（(【[".indexOf(c) >= 0)
                depth++;
            else if ("）)】]".indexOf(c) >= 0 && depth > 0)
                depth--;
            boolean separator = SEPARATORS.indexOf(c) >= 0 || Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (separator && depth == 0) {
                addToken(tokens, cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        addToken(tokens, cur.toString());
        return tokens;
    }

    private static void addToken(List<Token> tokens, String raw) {
        String t = raw.strip();
        if (t.equals(NAME_LABEL_MARK)) {
            tokens.add(new Token(Kind.NAME_LABEL, t));
            return;
        }
        if (t.equals(PHONE_LABEL_MARK)) {
            tokens.add(new Token(Kind.PHONE_LABEL, t));
            return;
        }
        int a = 0;
        int b = t.length();
        while (a < b && TOKEN_TRIM.indexOf(t.charAt(a)) >= 0)
            a++;
        while (b > a && TOKEN_TRIM.indexOf(t.charAt(b - 1)) >= 0)
            b--;
        t = t.substring(a, b).strip();
        if (t.isEmpty())
            return;
        tokens.add(new Token(PHONE.matcher(t).matches() ? Kind.PHONE : Kind.TEXT, t));
    }

    /** A 2-4 character Han token that starts with a common surname and does not end like a unit. */
    private static boolean isLikelyName(String t) {
        if (!HAN_2_4.matcher(t).matches() || endsLikeUnit(t))
            return false;
        if (t.length() >= 3 && COMPOUND_SURNAMES.contains(t.substring(0, 2)))
            return true;
        return t.length() <= 3 && SURNAMES.indexOf(t.charAt(0)) >= 0;
    }

    private static boolean endsLikeUnit(String t) {
        for (String e : UNIT_ENDINGS)
            if (t.endsWith(e))
                return true;
        return false;
    }

    /**
     * "职成教科张三" (unit and name written together once cleaning removed the space): the unit must end
     * like a unit and the rest must look like a name. Null when the token does not split that way.
     */
    private static String[] splitUnitAndName(String t) {
        for (int nameLen = 2; nameLen <= 3; nameLen++) {
            if (t.length() <= nameLen + 1)
                break;
            String unit = t.substring(0, t.length() - nameLen);
            String name = t.substring(t.length() - nameLen);
            if (endsLikeUnit(unit) && isLikelyName(name))
                return new String[] {unit, name};
        }
        return null;
    }
}
