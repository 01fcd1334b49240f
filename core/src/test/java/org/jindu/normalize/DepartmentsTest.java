package org.jindu.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jindu.model.Contact;
import org.junit.jupiter.api.Test;

class DepartmentsTest {

    @Test
    void splitsPlainListIntoDepartmentsWithoutContacts() {
        Departments.Result r = Departments.parse("技术中心、人事、发规、财务、基教、 职成教、学前、资助");
        assertEquals(List.of("技术中心", "人事", "发规", "财务", "基教", "职成教", "学前", "资助"), r.departments());
        assertTrue(r.contacts().isEmpty());
    }

    @Test
    void doesNotDistributeSharedSuffix() {
        assertEquals(List.of("学前", "基教", "职成教科"), Departments.parse("学前、基教、职成教科").departments());
    }

    @Test
    void takesNameAndPhoneAfterUnit() {
        Departments.Result r = Departments.parse("职成教科 张三 13812345678");
        assertEquals(List.of("职成教科"), r.departments());
        assertEquals(List.of(new Contact("张三", "13812345678")), r.contacts());
    }

    @Test
    void takesNameAndPhoneWrittenTogetherWithUnitAfterCleaning() {
        Departments.Result r = Departments.parse(TextCleaner.clean("职成教科 张三 13812345678"));
        assertEquals(List.of("职成教科"), r.departments());
        assertEquals(List.of(new Contact("张三", "13812345678")), r.contacts());
    }

    @Test
    void readsContactInsideBrackets() {
        Departments.Result r = Departments.parse("体卫艺科（张三 13800000000）");
        assertEquals(List.of("体卫艺科"), r.departments());
        assertEquals(List.of(new Contact("张三", "13800000000")), r.contacts());
    }

    @Test
    void keepsBracketsThatHoldNoContactInTheUnitName() {
        assertEquals(List.of("县(市、区)教育局", "基教科"), Departments.parse("县(市、区)教育局、基教科").departments());
    }

    @Test
    void splitsOnEverySeparator() {
        assertEquals(List.of("甲科", "乙科", "丙科", "丁科", "戊科", "己科", "庚科", "辛科"),
                Departments.parse("甲科，乙科,丙科；丁科;戊科/己科 庚科\n辛科").departments());
    }

    @Test
    void readsLabelledPhones() {
        Departments.Result r = Departments.parse("基教科 李四 联系电话：0719-8654321");
        assertEquals(List.of("基教科"), r.departments());
        assertEquals(List.of(new Contact("李四", "0719-8654321")), r.contacts());
        assertEquals(List.of(new Contact(null, "13912345678")), Departments.parse("手机:13912345678").contacts());
    }

    @Test
    void readsLabelledNameWithoutPhone() {
        Departments.Result r = Departments.parse("人事科 负责人：王五");
        assertEquals(List.of("人事科"), r.departments());
        assertEquals(List.of(new Contact("王五", null)), r.contacts());
    }

    @Test
    void attachesPhoneToLabelledName() {
        Departments.Result r = Departments.parse("人事科，联系人：赵六，电话：8654321");
        assertEquals(List.of("人事科"), r.departments());
        assertEquals(List.of(new Contact("赵六", "8654321")), r.contacts());
    }

    @Test
    void takesNameStandingAfterPhone() {
        Departments.Result r = Departments.parse("财务科 13712345678 陈七");
        assertEquals(List.of("财务科"), r.departments());
        assertEquals(List.of(new Contact("陈七", "13712345678")), r.contacts());
    }

    @Test
    void keepsUnitBeforePhoneWhenItDoesNotLookLikeAName() {
        Departments.Result r = Departments.parse("职成教科 13812345678");
        assertEquals(List.of("职成教科"), r.departments());
        assertEquals(List.of(new Contact(null, "13812345678")), r.contacts());
    }

    @Test
    void readsSeveralUnitsWithTheirContactsInOrder() {
        Departments.Result r = Departments.parse("基教科（张三 13800000000）、学前科（李四 0719-8123456）");
        assertEquals(List.of("基教科", "学前科"), r.departments());
        assertEquals(List.of(new Contact("张三", "13800000000"), new Contact("李四", "0719-8123456")),
                r.contacts());
    }

    @Test
    void doesNotTakeShortNumbersForPhones() {
        assertEquals(List.of("21小学"), Departments.parse("21小学").departments());
        assertTrue(Departments.parse("21小学").contacts().isEmpty());
    }

    @Test
    void givesEmptyResultForNullOrBlank() {
        assertTrue(Departments.parse(null).departments().isEmpty());
        assertTrue(Departments.parse(" 、 ").departments().isEmpty());
        assertTrue(Departments.parse("").contacts().isEmpty());
    }

    @Test
    void resultListsAreImmutableCopies() {
        List<String> units = new ArrayList<>(List.of("基教科"));
        Departments.Result r = new Departments.Result(units, List.of());
        units.add("学前科");
        assertEquals(List.of("基教科"), r.departments());
        assertThrows(UnsupportedOperationException.class, () -> r.departments().add("x"));
    }
}
