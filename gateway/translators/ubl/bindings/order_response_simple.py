# gateway/translators/ubl/bindings/order_response_simple.py
# -*- coding: utf-8 -*-
# PyXB bindings for NM:b0f25ec17e17559f235364c0119803571cfdf481
# Generated 2026-11-22 21:45:39.415589 by PyXB version 1.2.6 using Python 3.11.7.final.0
# Namespace urn:oasis:names:specification:ubl:schema:xsd:OrderResponseSimple-2

from __future__ import unicode_literals
import pyxb
import pyxb.binding
import pyxb.binding.saxer
import io
import pyxb.utils.utility
import pyxb.utils.domutils
import sys
import pyxb.utils.six as _six
# Unique identifier for bindings created at the same time
_GenerationUID = pyxb.utils.utility.UniqueIdentifier('urn:uuid:1db3d787-d906-4207-8177-5ab6ee49261a')

# Version of PyXB used to generate the bindings
_PyXBVersion = '1.2.6'

# A holder for module-level binding classes so we can access them from
# inside class definitions where property names may conflict.
_module_typeBindings = pyxb.utils.utility.Object()

# Import bindings for namespaces imported into schema
import gateway.translators.ubl.bindings._cac as _ImportedBinding_gateway_translators_ubl_bindings__cac
import gateway.translators.ubl.bindings._cbc as _ImportedBinding_gateway_translators_ubl_bindings__cbc
import gateway.translators.ubl.bindings._ext as _ImportedBinding_gateway_translators_ubl_bindings__ext
import pyxb.binding.datatypes

# NOTE: All namespace declarations are reserved within the binding
Namespace = pyxb.namespace.NamespaceForURI('urn:oasis:names:specification:ubl:schema:xsd:OrderResponseSimple-2', create_if_missing=True)
Namespace.configureCategories(['typeBinding', 'elementBinding'])
_Namespace_cac = _ImportedBinding_gateway_translators_ubl_bindings__cac.Namespace
_Namespace_cac.configureCategories(['typeBinding', 'elementBinding'])
_Namespace_cbc = _ImportedBinding_gateway_translators_ubl_bindings__cbc.Namespace
_Namespace_cbc.configureCategories(['typeBinding', 'elementBinding'])
_Namespace_ext = _ImportedBinding_gateway_translators_ubl_bindings__ext.Namespace
_Namespace_ext.configureCategories(['typeBinding', 'elementBinding'])

def CreateFromDocument (xml_text, fallback_namespace=None, location_base=None, default_namespace=None):
    """Parse the given XML and use the document element to create a
    Python instance.

    @param xml_text An XML document.  This should be data (Python 2
    str or Python 3 bytes), or a text (Python 2 unicode or Python 3
    str) in the L{pyxb._InputEncoding} encoding.

    @keyword fallback_namespace An absent L{pyxb.Namespace} instance
    to use for unqualified names when there is no default namespace in
    scope.  If unspecified or C{None}, the namespace of the module
    containing this function will be used, if it is an absent
    namespace.

    @keyword location_base: An object to be recorded as the base of all
    L{pyxb.utils.utility.Location} instances associated with events and
    objects handled by the parser.  You might pass the URI from which
    the document was obtained.

    @keyword default_namespace An alias for @c fallback_namespace used
    in PyXB 1.1.4 through 1.2.6.  It behaved like a default namespace
    only for absent namespaces.
    """

    if pyxb.XMLStyle_saxer != pyxb._XMLStyle:
        dom = pyxb.utils.domutils.StringToDOM(xml_text)
        return CreateFromDOM(dom.documentElement)
    if fallback_namespace is None:
        fallback_namespace = default_namespace
    if fallback_namespace is None:
        fallback_namespace = Namespace.fallbackNamespace()
    saxer = pyxb.binding.saxer.make_parser(fallback_namespace=fallback_namespace, location_base=location_base)
    handler = saxer.getContentHandler()
    xmld = xml_text
    if isinstance(xmld, _six.text_type):
        xmld = xmld.encode(pyxb._InputEncoding)
    saxer.parse(io.BytesIO(xmld))
    instance = handler.rootObject()
    return instance

def CreateFromDOM (node, fallback_namespace=None, default_namespace=None):
    """Create a Python instance from the given DOM node.
    The node tag must correspond to an element declaration in this module.

    @deprecated: Forcing use of DOM interface is unnecessary; use L{CreateFromDocument}."""
    if fallback_namespace is None:
        fallback_namespace = default_namespace
    if fallback_namespace is None:
        fallback_namespace = Namespace.fallbackNamespace()
    return pyxb.binding.basis.element.AnyCreateFromDOM(node, fallback_namespace)


# Complex type {urn:oasis:names:specification:ubl:schema:xsd:OrderResponseSimple-2}OrderResponseSimpleType with content type ELEMENT_ONLY
class OrderResponseSimpleType (pyxb.binding.basis.complexTypeDefinition):
    """
            
         """
    _TypeDefinition = None
    _ContentTypeTag = pyxb.binding.basis.complexTypeDefinition._CT_ELEMENT_ONLY
    _Abstract = False
    _ExpandedName = pyxb.namespace.ExpandedName(Namespace, 'OrderResponseSimpleType')
    _XSDLocation = pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 35, 3)
    _ElementMap = {}
    _AttributeMap = {}
    # Base type is pyxb.binding.datatypes.anyType
    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}AccountingCustomerParty uses Python identifier AccountingCustomerParty
    __AccountingCustomerParty = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'AccountingCustomerParty'), 'AccountingCustomerParty', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2AccountingCustomerParty', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 26, 3), )

    
    AccountingCustomerParty = property(__AccountingCustomerParty.value, __AccountingCustomerParty.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}AccountingSupplierParty uses Python identifier AccountingSupplierParty
    __AccountingSupplierParty = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'AccountingSupplierParty'), 'AccountingSupplierParty', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2AccountingSupplierParty', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 27, 3), )

    
    AccountingSupplierParty = property(__AccountingSupplierParty.value, __AccountingSupplierParty.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}AdditionalDocumentReference uses Python identifier AdditionalDocumentReference
    __AdditionalDocumentReference = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'AdditionalDocumentReference'), 'AdditionalDocumentReference', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2AdditionalDocumentReference', True, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 40, 3), )

    
    AdditionalDocumentReference = property(__AdditionalDocumentReference.value, __AdditionalDocumentReference.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}BuyerCustomerParty uses Python identifier BuyerCustomerParty
    __BuyerCustomerParty = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'BuyerCustomerParty'), 'BuyerCustomerParty', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2BuyerCustomerParty', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 87, 3), )

    
    BuyerCustomerParty = property(__BuyerCustomerParty.value, __BuyerCustomerParty.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}OrderReference uses Python identifier OrderReference
    __OrderReference = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'OrderReference'), 'OrderReference', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2OrderReference', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 392, 3), )

    
    OrderReference = property(__OrderReference.value, __OrderReference.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}OriginatorCustomerParty uses Python identifier OriginatorCustomerParty
    __OriginatorCustomerParty = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'OriginatorCustomerParty'), 'OriginatorCustomerParty', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2OriginatorCustomerParty', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 402, 3), )

    
    OriginatorCustomerParty = property(__OriginatorCustomerParty.value, __OriginatorCustomerParty.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}SellerSupplierParty uses Python identifier SellerSupplierParty
    __SellerSupplierParty = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'SellerSupplierParty'), 'SellerSupplierParty', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2SellerSupplierParty', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 564, 3), )

    
    SellerSupplierParty = property(__SellerSupplierParty.value, __SellerSupplierParty.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}Signature uses Python identifier Signature
    __Signature = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cac, 'Signature'), 'Signature', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonAggregateComponents_2Signature', True, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 581, 3), )

    
    Signature = property(__Signature.value, __Signature.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}AcceptedIndicator uses Python identifier AcceptedIndicator
    __AcceptedIndicator = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'AcceptedIndicator'), 'AcceptedIndicator', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2AcceptedIndicator', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 24, 3), )

    
    AcceptedIndicator = property(__AcceptedIndicator.value, __AcceptedIndicator.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}AccountingCost uses Python identifier AccountingCost
    __AccountingCost = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'AccountingCost'), 'AccountingCost', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2AccountingCost', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 30, 3), )

    
    AccountingCost = property(__AccountingCost.value, __AccountingCost.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}AccountingCostCode uses Python identifier AccountingCostCode
    __AccountingCostCode = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'AccountingCostCode'), 'AccountingCostCode', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2AccountingCostCode', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 31, 3), )

    
    AccountingCostCode = property(__AccountingCostCode.value, __AccountingCostCode.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}CopyIndicator uses Python identifier CopyIndicator
    __CopyIndicator = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'CopyIndicator'), 'CopyIndicator', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2CopyIndicator', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 205, 3), )

    
    CopyIndicator = property(__CopyIndicator.value, __CopyIndicator.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}CustomerReference uses Python identifier CustomerReference
    __CustomerReference = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'CustomerReference'), 'CustomerReference', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2CustomerReference', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 223, 3), )

    
    CustomerReference = property(__CustomerReference.value, __CustomerReference.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}CustomizationID uses Python identifier CustomizationID
    __CustomizationID = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'CustomizationID'), 'CustomizationID', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2CustomizationID', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 224, 3), )

    
    CustomizationID = property(__CustomizationID.value, __CustomizationID.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}ID uses Python identifier ID
    __ID = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ID'), 'ID', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2ID', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 377, 3), )

    
    ID = property(__ID.value, __ID.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}IssueDate uses Python identifier IssueDate
    __IssueDate = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'IssueDate'), 'IssueDate', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2IssueDate', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 400, 3), )

    
    IssueDate = property(__IssueDate.value, __IssueDate.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}IssueTime uses Python identifier IssueTime
    __IssueTime = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'IssueTime'), 'IssueTime', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2IssueTime', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 402, 3), )

    
    IssueTime = property(__IssueTime.value, __IssueTime.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}Note uses Python identifier Note
    __Note = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'Note'), 'Note', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2Note', True, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 529, 3), )

    
    Note = property(__Note.value, __Note.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}ProfileExecutionID uses Python identifier ProfileExecutionID
    __ProfileExecutionID = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ProfileExecutionID'), 'ProfileExecutionID', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2ProfileExecutionID', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 663, 3), )

    
    ProfileExecutionID = property(__ProfileExecutionID.value, __ProfileExecutionID.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}ProfileID uses Python identifier ProfileID
    __ProfileID = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ProfileID'), 'ProfileID', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2ProfileID', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 664, 3), )

    
    ProfileID = property(__ProfileID.value, __ProfileID.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}RejectionNote uses Python identifier RejectionNote
    __RejectionNote = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'RejectionNote'), 'RejectionNote', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2RejectionNote', True, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 709, 3), )

    
    RejectionNote = property(__RejectionNote.value, __RejectionNote.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}UBLVersionID uses Python identifier UBLVersionID
    __UBLVersionID = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'UBLVersionID'), 'UBLVersionID', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2UBLVersionID', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 940, 3), )

    
    UBLVersionID = property(__UBLVersionID.value, __UBLVersionID.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}UUID uses Python identifier UUID
    __UUID = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_cbc, 'UUID'), 'UUID', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonBasicComponents_2UUID', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 943, 3), )

    
    UUID = property(__UUID.value, __UUID.set, None, None)

    
    # Element {urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2}UBLExtensions uses Python identifier UBLExtensions
    __UBLExtensions = pyxb.binding.content.ElementDeclaration(pyxb.namespace.ExpandedName(_Namespace_ext, 'UBLExtensions'), 'UBLExtensions', '__urnoasisnamesspecificationublschemaxsdOrderResponseSimple_2_OrderResponseSimpleType_urnoasisnamesspecificationublschemaxsdCommonExtensionComponents_2UBLExtensions', False, pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonExtensionComponents-2.1.xsd', 23, 2), )

    
    UBLExtensions = property(__UBLExtensions.value, __UBLExtensions.set, None, '\n        A container for all extensions present in the document.\n      ')

    _ElementMap.update({
        __AccountingCustomerParty.name() : __AccountingCustomerParty,
        __AccountingSupplierParty.name() : __AccountingSupplierParty,
        __AdditionalDocumentReference.name() : __AdditionalDocumentReference,
        __BuyerCustomerParty.name() : __BuyerCustomerParty,
        __OrderReference.name() : __OrderReference,
        __OriginatorCustomerParty.name() : __OriginatorCustomerParty,
        __SellerSupplierParty.name() : __SellerSupplierParty,
        __Signature.name() : __Signature,
        __AcceptedIndicator.name() : __AcceptedIndicator,
        __AccountingCost.name() : __AccountingCost,
        __AccountingCostCode.name() : __AccountingCostCode,
        __CopyIndicator.name() : __CopyIndicator,
        __CustomerReference.name() : __CustomerReference,
        __CustomizationID.name() : __CustomizationID,
        __ID.name() : __ID,
        __IssueDate.name() : __IssueDate,
        __IssueTime.name() : __IssueTime,
        __Note.name() : __Note,
        __ProfileExecutionID.name() : __ProfileExecutionID,
        __ProfileID.name() : __ProfileID,
        __RejectionNote.name() : __RejectionNote,
        __UBLVersionID.name() : __UBLVersionID,
        __UUID.name() : __UUID,
        __UBLExtensions.name() : __UBLExtensions
    })
    _AttributeMap.update({
        
    })
_module_typeBindings.OrderResponseSimpleType = OrderResponseSimpleType
Namespace.addCategoryObject('typeBinding', 'OrderResponseSimpleType', OrderResponseSimpleType)


OrderResponseSimple = pyxb.binding.basis.element(pyxb.namespace.ExpandedName(Namespace, 'OrderResponseSimple'), OrderResponseSimpleType, documentation='This element MUST be conveyed as the root element in any instance document based on this Schema expression', location=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 28, 3))
Namespace.addCategoryObject('elementBinding', OrderResponseSimple.name().localName(), OrderResponseSimple)



OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'AccountingCustomerParty'), _ImportedBinding_gateway_translators_ubl_bindings__cac.CustomerPartyType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 26, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'AccountingSupplierParty'), _ImportedBinding_gateway_translators_ubl_bindings__cac.SupplierPartyType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 27, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'AdditionalDocumentReference'), _ImportedBinding_gateway_translators_ubl_bindings__cac.DocumentReferenceType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 40, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'BuyerCustomerParty'), _ImportedBinding_gateway_translators_ubl_bindings__cac.CustomerPartyType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 87, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'OrderReference'), _ImportedBinding_gateway_translators_ubl_bindings__cac.OrderReferenceType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 392, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'OriginatorCustomerParty'), _ImportedBinding_gateway_translators_ubl_bindings__cac.CustomerPartyType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 402, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'SellerSupplierParty'), _ImportedBinding_gateway_translators_ubl_bindings__cac.SupplierPartyType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 564, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cac, 'Signature'), _ImportedBinding_gateway_translators_ubl_bindings__cac.SignatureType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonAggregateComponents-2.1.xsd', 581, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'AcceptedIndicator'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.AcceptedIndicatorType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 24, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'AccountingCost'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.AccountingCostType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 30, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'AccountingCostCode'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.AccountingCostCodeType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 31, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'CopyIndicator'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.CopyIndicatorType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 205, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'CustomerReference'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.CustomerReferenceType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 223, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'CustomizationID'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.CustomizationIDType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 224, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ID'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.IDType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 377, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'IssueDate'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.IssueDateType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 400, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'IssueTime'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.IssueTimeType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 402, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'Note'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.NoteType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 529, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ProfileExecutionID'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.ProfileExecutionIDType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 663, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ProfileID'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.ProfileIDType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 664, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'RejectionNote'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.RejectionNoteType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 709, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'UBLVersionID'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.UBLVersionIDType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 940, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_cbc, 'UUID'), _ImportedBinding_gateway_translators_ubl_bindings__cbc.UUIDType, scope=OrderResponseSimpleType, location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd', 943, 3)))

OrderResponseSimpleType._AddElement(pyxb.binding.basis.element(pyxb.namespace.ExpandedName(_Namespace_ext, 'UBLExtensions'), _ImportedBinding_gateway_translators_ubl_bindings__ext.UBLExtensionsType, scope=OrderResponseSimpleType, documentation='\n        A container for all extensions present in the document.\n      ', location=pyxb.utils.utility.Location('ubl-2.1/common/UBL-CommonExtensionComponents-2.1.xsd', 23, 2)))

def _BuildAutomaton ():
    # Remove this helper function from the namespace after it is invoked
    global _BuildAutomaton
    del _BuildAutomaton
    import pyxb.utils.fac as fac

    counters = set()
    cc_0 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 48, 11))
    counters.add(cc_0)
    cc_1 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 53, 10))
    counters.add(cc_1)
    cc_2 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 70, 9))
    counters.add(cc_2)
    cc_3 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 87, 9))
    counters.add(cc_3)
    cc_4 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 104, 9))
    counters.add(cc_4)
    cc_5 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 137, 9))
    counters.add(cc_5)
    cc_6 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 154, 9))
    counters.add(cc_6)
    cc_7 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 186, 9))
    counters.add(cc_7)
    cc_8 = fac.CounterCondition(min=0, max=None, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 202, 9))
    counters.add(cc_8)
    cc_9 = fac.CounterCondition(min=0, max=None, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 235, 9))
    counters.add(cc_9)
    cc_10 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 253, 9))
    counters.add(cc_10)
    cc_11 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 270, 9))
    counters.add(cc_11)
    cc_12 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 286, 9))
    counters.add(cc_12)
    cc_13 = fac.CounterCondition(min=0, max=None, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 318, 9))
    counters.add(cc_13)
    cc_14 = fac.CounterCondition(min=0, max=None, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 337, 9))
    counters.add(cc_14)
    cc_15 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 387, 9))
    counters.add(cc_15)
    cc_16 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 404, 9))
    counters.add(cc_16)
    cc_17 = fac.CounterCondition(min=0, max=1, metadata=pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 421, 9))
    counters.add(cc_17)
    states = []
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_ext, 'UBLExtensions')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 48, 11))
    st_0 = fac.State(symbol, is_initial=True, final_update=final_update, is_unordered_catenation=False)
    states.append(st_0)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'UBLVersionID')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 53, 10))
    st_1 = fac.State(symbol, is_initial=True, final_update=final_update, is_unordered_catenation=False)
    states.append(st_1)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'CustomizationID')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 70, 9))
    st_2 = fac.State(symbol, is_initial=True, final_update=final_update, is_unordered_catenation=False)
    states.append(st_2)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ProfileID')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 87, 9))
    st_3 = fac.State(symbol, is_initial=True, final_update=final_update, is_unordered_catenation=False)
    states.append(st_3)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ProfileExecutionID')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 104, 9))
    st_4 = fac.State(symbol, is_initial=True, final_update=final_update, is_unordered_catenation=False)
    states.append(st_4)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'ID')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 120, 9))
    st_5 = fac.State(symbol, is_initial=True, final_update=final_update, is_unordered_catenation=False)
    states.append(st_5)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'CopyIndicator')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 137, 9))
    st_6 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_6)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'UUID')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 154, 9))
    st_7 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_7)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'IssueDate')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 170, 9))
    st_8 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_8)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'IssueTime')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 186, 9))
    st_9 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_9)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'Note')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 202, 9))
    st_10 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_10)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'AcceptedIndicator')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 218, 9))
    st_11 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_11)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'RejectionNote')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 235, 9))
    st_12 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_12)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'CustomerReference')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 253, 9))
    st_13 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_13)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'AccountingCostCode')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 270, 9))
    st_14 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_14)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cbc, 'AccountingCost')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 286, 9))
    st_15 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_15)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'OrderReference')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 302, 9))
    st_16 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_16)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'AdditionalDocumentReference')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 318, 9))
    st_17 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_17)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'Signature')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 337, 9))
    st_18 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_18)
    final_update = None
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'SellerSupplierParty')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 353, 9))
    st_19 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_19)
    final_update = set()
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'BuyerCustomerParty')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 370, 9))
    st_20 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_20)
    final_update = set()
    final_update.add(fac.UpdateInstruction(cc_15, False))
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'OriginatorCustomerParty')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 387, 9))
    st_21 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_21)
    final_update = set()
    final_update.add(fac.UpdateInstruction(cc_16, False))
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'AccountingSupplierParty')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 404, 9))
    st_22 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_22)
    final_update = set()
    final_update.add(fac.UpdateInstruction(cc_17, False))
    symbol = pyxb.binding.content.ElementUse(OrderResponseSimpleType._UseForTag(pyxb.namespace.ExpandedName(_Namespace_cac, 'AccountingCustomerParty')), pyxb.utils.utility.Location('ubl-2.1/maindoc/UBL-OrderResponseSimple-2.1.xsd', 421, 9))
    st_23 = fac.State(symbol, is_initial=False, final_update=final_update, is_unordered_catenation=False)
    states.append(st_23)
    transitions = []
    transitions.append(fac.Transition(st_0, [
        fac.UpdateInstruction(cc_0, True) ]))
    transitions.append(fac.Transition(st_1, [
        fac.UpdateInstruction(cc_0, False) ]))
    transitions.append(fac.Transition(st_2, [
        fac.UpdateInstruction(cc_0, False) ]))
    transitions.append(fac.Transition(st_3, [
        fac.UpdateInstruction(cc_0, False) ]))
    transitions.append(fac.Transition(st_4, [
        fac.UpdateInstruction(cc_0, False) ]))
    transitions.append(fac.Transition(st_5, [
        fac.UpdateInstruction(cc_0, False) ]))
    st_0._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_1, [
        fac.UpdateInstruction(cc_1, True) ]))
    transitions.append(fac.Transition(st_2, [
        fac.UpdateInstruction(cc_1, False) ]))
    transitions.append(fac.Transition(st_3, [
        fac.UpdateInstruction(cc_1, False) ]))
    transitions.append(fac.Transition(st_4, [
        fac.UpdateInstruction(cc_1, False) ]))
    transitions.append(fac.Transition(st_5, [
        fac.UpdateInstruction(cc_1, False) ]))
    st_1._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_2, [
        fac.UpdateInstruction(cc_2, True) ]))
    transitions.append(fac.Transition(st_3, [
        fac.UpdateInstruction(cc_2, False) ]))
    transitions.append(fac.Transition(st_4, [
        fac.UpdateInstruction(cc_2, False) ]))
    transitions.append(fac.Transition(st_5, [
        fac.UpdateInstruction(cc_2, False) ]))
    st_2._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_3, [
        fac.UpdateInstruction(cc_3, True) ]))
    transitions.append(fac.Transition(st_4, [
        fac.UpdateInstruction(cc_3, False) ]))
    transitions.append(fac.Transition(st_5, [
        fac.UpdateInstruction(cc_3, False) ]))
    st_3._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_4, [
        fac.UpdateInstruction(cc_4, True) ]))
    transitions.append(fac.Transition(st_5, [
        fac.UpdateInstruction(cc_4, False) ]))
    st_4._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_6, [
         ]))
    transitions.append(fac.Transition(st_7, [
         ]))
    transitions.append(fac.Transition(st_8, [
         ]))
    st_5._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_6, [
        fac.UpdateInstruction(cc_5, True) ]))
    transitions.append(fac.Transition(st_7, [
        fac.UpdateInstruction(cc_5, False) ]))
    transitions.append(fac.Transition(st_8, [
        fac.UpdateInstruction(cc_5, False) ]))
    st_6._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_7, [
        fac.UpdateInstruction(cc_6, True) ]))
    transitions.append(fac.Transition(st_8, [
        fac.UpdateInstruction(cc_6, False) ]))
    st_7._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_9, [
         ]))
    transitions.append(fac.Transition(st_10, [
         ]))
    transitions.append(fac.Transition(st_11, [
         ]))
    st_8._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_9, [
        fac.UpdateInstruction(cc_7, True) ]))
    transitions.append(fac.Transition(st_10, [
        fac.UpdateInstruction(cc_7, False) ]))
    transitions.append(fac.Transition(st_11, [
        fac.UpdateInstruction(cc_7, False) ]))
    st_9._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_10, [
        fac.UpdateInstruction(cc_8, True) ]))
    transitions.append(fac.Transition(st_11, [
        fac.UpdateInstruction(cc_8, False) ]))
    st_10._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_12, [
         ]))
    transitions.append(fac.Transition(st_13, [
         ]))
    transitions.append(fac.Transition(st_14, [
         ]))
    transitions.append(fac.Transition(st_15, [
         ]))
    transitions.append(fac.Transition(st_16, [
         ]))
    st_11._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_12, [
        fac.UpdateInstruction(cc_9, True) ]))
    transitions.append(fac.Transition(st_13, [
        fac.UpdateInstruction(cc_9, False) ]))
    transitions.append(fac.Transition(st_14, [
        fac.UpdateInstruction(cc_9, False) ]))
    transitions.append(fac.Transition(st_15, [
        fac.UpdateInstruction(cc_9, False) ]))
    transitions.append(fac.Transition(st_16, [
        fac.UpdateInstruction(cc_9, False) ]))
    st_12._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_13, [
        fac.UpdateInstruction(cc_10, True) ]))
    transitions.append(fac.Transition(st_14, [
        fac.UpdateInstruction(cc_10, False) ]))
    transitions.append(fac.Transition(st_15, [
        fac.UpdateInstruction(cc_10, False) ]))
    transitions.append(fac.Transition(st_16, [
        fac.UpdateInstruction(cc_10, False) ]))
    st_13._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_14, [
        fac.UpdateInstruction(cc_11, True) ]))
    transitions.append(fac.Transition(st_15, [
        fac.UpdateInstruction(cc_11, False) ]))
    transitions.append(fac.Transition(st_16, [
        fac.UpdateInstruction(cc_11, False) ]))
    st_14._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_15, [
        fac.UpdateInstruction(cc_12, True) ]))
    transitions.append(fac.Transition(st_16, [
        fac.UpdateInstruction(cc_12, False) ]))
    st_15._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_17, [
         ]))
    transitions.append(fac.Transition(st_18, [
         ]))
    transitions.append(fac.Transition(st_19, [
         ]))
    st_16._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_17, [
        fac.UpdateInstruction(cc_13, True) ]))
    transitions.append(fac.Transition(st_18, [
        fac.UpdateInstruction(cc_13, False) ]))
    transitions.append(fac.Transition(st_19, [
        fac.UpdateInstruction(cc_13, False) ]))
    st_17._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_18, [
        fac.UpdateInstruction(cc_14, True) ]))
    transitions.append(fac.Transition(st_19, [
        fac.UpdateInstruction(cc_14, False) ]))
    st_18._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_20, [
         ]))
    st_19._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_21, [
         ]))
    transitions.append(fac.Transition(st_22, [
         ]))
    transitions.append(fac.Transition(st_23, [
         ]))
    st_20._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_21, [
        fac.UpdateInstruction(cc_15, True) ]))
    transitions.append(fac.Transition(st_22, [
        fac.UpdateInstruction(cc_15, False) ]))
    transitions.append(fac.Transition(st_23, [
        fac.UpdateInstruction(cc_15, False) ]))
    st_21._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_22, [
        fac.UpdateInstruction(cc_16, True) ]))
    transitions.append(fac.Transition(st_23, [
        fac.UpdateInstruction(cc_16, False) ]))
    st_22._set_transitionSet(transitions)
    transitions = []
    transitions.append(fac.Transition(st_23, [
        fac.UpdateInstruction(cc_17, True) ]))
    st_23._set_transitionSet(transitions)
    return fac.Automaton(states, counters, False, containing_state=None)
OrderResponseSimpleType._Automaton = _BuildAutomaton()

